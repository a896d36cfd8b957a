import type { Metadata } from "next";
import type { Locale } from "@/i18n/routing";

type Paths = Partial<Record<Locale, string>>;

// Canonical and hreflang alternates that name only the translations that really exist,
// plus x-default (Russian when it exists). Paths come from lib/routes, without locale.
export function alternatesFor(locale: Locale, paths: Paths): Metadata["alternates"] {
  const entries = Object.entries(paths) as [Locale, string][];
  const languages: Record<string, string> = Object.fromEntries(entries.map(([l, p]) => [l, `/${l}${p === "/" ? "" : p}`]));
  const fallback = paths.ru !== undefined ? "ru" : entries[0]?.[0];
  if (fallback) languages["x-default"] = languages[fallback]!;
  const own = paths[locale];
  return { canonical: own !== undefined ? `/${locale}${own === "/" ? "" : own}` : undefined, languages };
}

// The same path in both locales (pages whose URL has no per-locale slug).
export const samePath = (path: string): Paths => ({ ru: path, en: path });
