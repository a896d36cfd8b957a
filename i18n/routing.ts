import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["ru", "en"],
  defaultLocale: "ru",
  localePrefix: "always",
  // The middleware's Link header would name a translation under the same path whether it
  // exists or not; pages name only real translations in their metadata.
  alternateLinks: false,
});

// The site's languages, for every list, schema and form that goes over them.
export const locales = routing.locales;
export type Locale = (typeof locales)[number];

export const otherLocale = (locale: Locale): Locale => (locale === "ru" ? "en" : "ru");

// The languages with the given one (the back office's or the page's) first.
export const localesFrom = (first: string): [Locale, Locale] => (first === "en" ? ["en", "ru"] : ["ru", "en"]);

export function isLocale(value: unknown): value is Locale {
  return routing.locales.includes(value as Locale);
}
