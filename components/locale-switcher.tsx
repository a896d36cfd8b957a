"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";
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
// slug per language; for those, once the page has loaded, the link goes straight to the
// translation's own address. Before that (and without JavaScript) it keeps the path, which the
// page answers with the translation (a redirect) or an honest page when there is none.
export function LocaleSwitcher({ label, names }: { label: string; names: Record<string, { short: string; full: string }> }) {
  const pathname = usePathname();
  const current = useLocale();
  const other = routing.locales.find((l) => l !== current)!;
  const translated = useSyncExternalStore(
    subscribe,
    () => alternatePath(other),
    () => null,
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
              href={(locale === other && translated) || pathname}
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
