import type { ReactNode } from "react";

type LinkProps = { page: number; className: string; rel?: "prev" | "next"; "aria-label"?: string; children: ReactNode };

type Props = {
  page: number;
  pageCount: number;
  linkClassName: string;
  // The Pagination or AdminListPagination messages (the same keys, each its own wording).
  t: (key: "label" | "status" | "previous" | "next" | "page", values?: { page: number; count?: number }) => string;
  // The public site links through its locale-aware Link, the back office through Next's own.
  renderLink: (props: LinkProps) => ReactNode;
};

// The first, the last and the nearest pages, "…" where pages are left out, and arrows to the
// pages either side.
export function PageLinks({ page, pageCount, linkClassName, t, renderLink }: Props) {
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2 text-sm">
      <p className="sr-only">{t("status", { page, count: pageCount })}</p>
      {page > 1 &&
        renderLink({
          page: page - 1,
          className: linkClassName,
          rel: "prev",
          children: (
            <>
              ← <span className="sr-only">{t("previous")}</span>
            </>
          ),
        })}
      <ul className="flex flex-wrap gap-1">
        {pages.map((p, i) => (
          <li key={p} className="flex items-center gap-1">
            {i > 0 && p - pages[i - 1]! > 1 && <span aria-hidden="true">…</span>}
            {p === page ? (
              <span aria-current="page" className="block rounded bg-brand-800 px-3 py-1.5 text-white">
                {p}
              </span>
            ) : (
              renderLink({ page: p, className: linkClassName, "aria-label": t("page", { page: p }), children: p })
            )}
          </li>
        ))}
      </ul>
      {page < pageCount &&
        renderLink({
          page: page + 1,
          className: linkClassName,
          rel: "next",
          children: (
            <>
              <span className="sr-only">{t("next")}</span> →
            </>
          ),
        })}
    </nav>
  );
}
