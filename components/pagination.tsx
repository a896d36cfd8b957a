import { useTranslations } from "next-intl";
import { Link } from "@/i18n/link";
import { PageLinks } from "@/components/page-links";

// `prefetch={false}` where each request counts against a rate limit (the search page).
type Props = { pathname: string; page: number; pageCount: number; query: Record<string, string>; prefetch?: false };

// Plain links with ?page=N in the URL, so every page of a list can be bookmarked and cited.
export function Pagination({ pathname, page, pageCount, query, prefetch }: Props) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  return (
    <PageLinks
      page={page}
      pageCount={pageCount}
      linkClassName="block rounded border border-slate-300 px-3 py-1.5 hover:bg-brand-50"
      t={t}
      renderLink={({ page: p, ...link }) => <Link {...link} href={{ pathname, query: p === 1 ? query : { ...query, page: String(p) } }} prefetch={prefetch} />}
    />
  );
}
