import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

// `prefetch={false}` where each request counts against a rate limit (the search page).
type Props = { pathname: string; page: number; pageCount: number; query: Record<string, string>; prefetch?: false };

// Plain links with ?page=N in the URL, so every page of a list can be bookmarked and cited.
export function Pagination({ pathname, page, pageCount, query, prefetch }: Props) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  const href = (p: number) => ({ pathname, query: p === 1 ? query : { ...query, page: String(p) } });
  const window = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const cls = "block rounded border border-slate-300 px-3 py-1.5 hover:bg-brand-50";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2 text-sm">
      <p className="sr-only">{t("status", { page, count: pageCount })}</p>
      {page > 1 && (
        <Link className={cls} rel="prev" href={href(page - 1)} prefetch={prefetch}>
          ← <span className="sr-only">{t("previous")}</span>
        </Link>
      )}
      <ul className="flex flex-wrap gap-1">
        {window.map((p, i) => (
          <li key={p} className="flex items-center gap-1">
            {i > 0 && p - window[i - 1]! > 1 && <span aria-hidden="true">…</span>}
            {p === page ? (
              <span aria-current="page" className="block rounded bg-brand-800 px-3 py-1.5 text-white">
                {p}
              </span>
            ) : (
              <Link className={cls} href={href(p)} prefetch={prefetch} aria-label={t("page", { page: p })}>
                {p}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {page < pageCount && (
        <Link className={cls} rel="next" href={href(page + 1)} prefetch={prefetch}>
          <span className="sr-only">{t("next")}</span> →
        </Link>
      )}
    </nav>
  );
}
