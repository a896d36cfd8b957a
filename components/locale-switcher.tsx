"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

// Keeps the visitor on the same page: paths are the same in both locales.
export function LocaleSwitcher({ label, names }: { label: string; names: Record<string, { short: string; full: string }> }) {
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
              href={pathname}
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
