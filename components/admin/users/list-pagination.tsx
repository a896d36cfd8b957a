import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Props = { pathname: string; page: number; pageCount: number; query: Record<string, string | undefined> };

// Plain links with ?page=N that keep the list's filters, so any page can be bookmarked.
export async function ListPagination({ pathname, page, pageCount, query }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("AdminListPagination");
  const base = Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ""));
  const href = (p: number) => ({ pathname, query: p === 1 ? base : { ...base, page: String(p) } });
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const cls = "block rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2 text-sm">
      <p className="sr-only">{t("status", { page, count: pageCount })}</p>
      {page > 1 && (
        <Link className={cls} rel="prev" href={href(page - 1)}>
          ← <span className="sr-only">{t("previous")}</span>
        </Link>
      )}
      <ul className="flex flex-wrap gap-1">
        {pages.map((p, i) => (
          <li key={p} className="flex items-center gap-1">
            {i > 0 && p - pages[i - 1]! > 1 && <span aria-hidden="true">…</span>}
            {p === page ? (
              <span aria-current="page" className="block rounded bg-brand-800 px-3 py-1.5 text-white">
                {p}
              </span>
            ) : (
              <Link className={cls} href={href(p)} aria-label={t("page", { page: p })}>
                {p}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {page < pageCount && (
        <Link className={cls} rel="next" href={href(page + 1)}>
          <span className="sr-only">{t("next")}</span> →
        </Link>
      )}
    </nav>
  );
}
