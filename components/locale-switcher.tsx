"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";
import { carriedQuery } from "@/i18n/carried-query";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

// The page's own hreflang alternate for a locale (the translated item's address, under its own
// slug), as a path after the locale; null where the page names none. Read from the document's
// head, which each page's metadata fills and the router updates on every navigation.
function alternatePath(locale: string): string | null {
  const href = document.querySelector(`link[rel="alternate"][hreflang="${locale}"]`)?.getAttribute("href");
  if (!href) return null;
  const path = new URL(href, location.href).pathname;
  return path === `/${locale}` ? "/" : path.startsWith(`/${locale}/`) ? path.slice(locale.length + 1) : null;
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.head, { childList: true, subtree: true, attributes: true });
  return () => observer.disconnect();
}

// Keeps the visitor on the same page. Paths are the same in both locales except for items with a
// slug per language; for those the link goes straight to the translation's own address, named
// by the page's hreflang alternate: the server's HTML layer writes it in (server/http/locale-links.ts,
// so it works without JavaScript) and the client keeps it current as the router moves on. A page
// without a translation keeps its path, which answers with an honest page in the other language.
// The query is read in the browser, once the page has hydrated (the HTML, prerendered for most
// pages, cannot know it; useSearchParams would need a Suspense boundary, whose streamed script
// the page policy does not trust): the link carries it from then on.
export function LocaleSwitcher({ label, names }: { label: string; names: Record<string, { short: string; full: string }> }) {
  const pathname = usePathname();
  const current = useLocale();
  const other = routing.locales.find((l) => l !== current)!;
  const translated = useSyncExternalStore(
    subscribe,
    () => alternatePath(other),
    // Hydration reads the same head: the server's HTML layer has already pointed the link there.
    () => (typeof document === "undefined" ? null : alternatePath(other)),
  );
  const query = useSyncExternalStore(
    subscribe,
    () => carriedQuery(location.search),
    () => "",
  );
  return (
    <ul aria-label={label} className="flex gap-1 text-sm">
      {routing.locales.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="true" className="block rounded bg-brand-800 px-2 py-1 font-semibold text-white">
              {names[locale]!.short}
            </span>
          ) : (
            <Link
              data-locale-link={locale}
              href={`${(locale === other && translated) || pathname}${query}`}
              locale={locale}
              hrefLang={locale}
              lang={locale}
              title={names[locale]!.full}
              className="block rounded px-2 py-1 font-semibold text-brand-800 hover:bg-brand-50"
            >
              <span aria-hidden="true">{names[locale]!.short}</span>
              <span className="sr-only">{names[locale]!.full}</span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
