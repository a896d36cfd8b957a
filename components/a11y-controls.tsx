"use client";

import type { MouseEvent } from "react";
import { usePathname } from "next/navigation";
import { A11Y_OPTIONS, type A11yMode } from "@/lib/a11y-mode";

// Plain links to /api/a11y, which sets the cookie and comes back here: they work without
// JavaScript, and the server draws the next page in the chosen mode. Which links show, and which
// option is marked current, follows the data attributes the server puts on <html> (globals.css).

export type A11yLabels = {
  on: string;
  off: string;
  panel: string;
  groups: Record<keyof A11yMode, string>;
  options: { [K in keyof A11yMode]: Record<A11yMode[K], string> };
};

const href = (path: string, query: string) => `/api/a11y?${query}&back=${encodeURIComponent(path)}`;

// The way back keeps the page's query (a search, a news filter) too. The server's HTML cannot
// know it (the page may be one cached for every query), so the link adds it when followed;
// without JavaScript the visitor comes back to the page without its query.
function withQuery(event: MouseEvent<HTMLAnchorElement>) {
  if (!window.location.search) return;
  const url = new URL(event.currentTarget.href);
  url.searchParams.set("back", `${url.searchParams.get("back") ?? ""}${window.location.search}`);
  event.currentTarget.href = url.href;
}

export function A11yToggle({ label }: { label: string }) {
  const path = usePathname();
  return (
    <a
      href={href(path, "size=150")}
      onClick={withQuery}
      className="flex min-h-8 items-center gap-1.5 rounded px-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" />
        <circle cx="12" cy="12" r="3" />
      </svg>
      {label}
    </a>
  );
}

export function A11yPanel({ labels }: { labels: A11yLabels }) {
  const path = usePathname();
  return (
    <nav aria-label={labels.panel} className="a11y-on-only a11y-panel border-b-2 border-current px-4 py-2 text-base">
      <ul className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2">
        {(Object.keys(A11Y_OPTIONS) as (keyof A11yMode)[]).map((group) => (
          <li key={group} className="flex flex-wrap items-center gap-2">
            <span>{labels.groups[group]}:</span>
            {A11Y_OPTIONS[group].map((value) => (
              <a
                key={value}
                href={href(path, `${group}=${value}`)}
                onClick={withQuery}
                data-a11y-option={`${group}-${value}`}
                className="rounded border-2 border-current px-2 py-0.5"
              >
                {(labels.options[group] as Record<string, string>)[value]}
              </a>
            ))}
          </li>
        ))}
        <li className="ml-auto">
          <a href={href(path, "off=1")} onClick={withQuery} className="font-semibold underline underline-offset-2">
            {labels.off}
          </a>
        </li>
      </ul>
    </nav>
  );
}
