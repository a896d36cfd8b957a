"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";

type Props = {
  label: string;
  names: Record<string, { short: string; full: string }>;
  /** The page's own address in a language, where it differs from the current path. */
  paths: Partial<Record<Locale, string>>;
};

// Keeps the visitor on the same page: the same path in the other language, or, for an item with
// a slug per language, its translation's own address. An item without a translation keeps the
// path, which answers with a page in the visitor's language that says so.
export function LocaleSwitcher({ label, names, paths }: Props) {
  const pathname = usePathname();
  const current = useLocale();
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
              href={paths[locale] ?? pathname}
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
