import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/page-links";

type Props = { pathname: string; page: number; pageCount: number; query: Record<string, string | undefined> };

// Plain links with ?page=N that keep the list's filters, so any page can be bookmarked.
export async function ListPagination({ pathname, page, pageCount, query }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("AdminListPagination");
  const base = Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ""));
  return (
    <PageLinks
      page={page}
      pageCount={pageCount}
      linkClassName="block rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
      t={t}
      renderLink={({ page: p, ...link }) => <Link {...link} href={{ pathname, query: p === 1 ? base : { ...base, page: String(p) } }} />}
    />
  );
}
