"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { locales, type Locale } from "@/i18n/routing";

// Russian and English side by side, one above the other on a narrow screen.
export function LocaleColumns({ children }: { children: (locale: Locale) => ReactNode }) {
  const t = useTranslations("AdminShell");
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
      {locales.map((locale) => (
        <fieldset key={locale} lang={locale} className="flex min-w-0 flex-col gap-4 rounded border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-semibold text-brand-900">{t(`locales.${locale}`)}</legend>
          {children(locale)}
        </fieldset>
      ))}
    </div>
  );
}
