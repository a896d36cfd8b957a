import type { Locale } from "@/i18n/routing";
import en from "./en.json";
import ru from "./ru.json";
import adminEn from "./admin/en";
import adminRu from "./admin/ru";

// The public site's strings and the back office's, one catalog per locale. The back
// office's come in one file per area (messages/admin/<locale>/<area>.json).
type Tree = { [key: string]: string | Tree };

export function deepMerge<T extends Tree>(...parts: Tree[]): T {
  const out: Tree = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = out[key];
      out[key] = typeof value === "object" && typeof existing === "object" ? deepMerge(existing, value) : value;
    }
  }
  return out as T;
}

type Intersect<T extends readonly unknown[]> = T extends readonly [infer Head, ...infer Rest] ? Head & Intersect<Rest> : unknown;

export const catalogs = {
  ru: deepMerge<typeof ru & Intersect<typeof adminRu>>(ru, ...adminRu),
  en: deepMerge<typeof en & Intersect<typeof adminEn>>(en, ...adminEn),
} satisfies Record<Locale, Tree>;

export type Messages = typeof catalogs.ru;
