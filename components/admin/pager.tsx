import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Previous/next links that keep the list's other query parameters.
export async function Pager({ page, pages, params }: { page: number; pages: number; params: Record<string, string | undefined> }) {
  const t = await getTranslations("AdminArticles");
  if (pages <= 1) return null;
  const href = (p: number) => `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v)), page: String(p) } as Record<string, string>)}`;
  return (
    <nav aria-label={t("page", { page, pages })} className="flex items-center gap-4 text-sm">
      {page > 1 && <Link href={href(page - 1)} className="underline">{t("prev")}</Link>}
      <span>{t("page", { page, pages })}</span>
      {page < pages && <Link href={href(page + 1)} className="underline">{t("next")}</Link>}
    </nav>
  );
}
