// Where each locale's translation of a record stands, for the back office's lists and editors.
// Pure, so lists, editors and tests share one rule.
import { otherLocale, type Locale } from "@/i18n/routing";

export type TranslationState = "missing" | "outdated" | "current" | "present";
export type Stamped = { contentUpdatedAt: Date };

// Out of date: the other language's text changed after this one's, so it may say something
// this translation does not yet.
export function translationState(own: Stamped | null | undefined, other: Stamped | null | undefined): TranslationState {
  if (!own) return "missing";
  return other && other.contentUpdatedAt > own.contentUpdatedAt ? "outdated" : "current";
}

// Each locale's translation (or null) of a record with a list of translation rows.
export function byLocale<T extends { locale: string }>(rows: T[]): Record<Locale, T | null> {
  return { ru: rows.find((r) => r.locale === "ru") ?? null, en: rows.find((r) => r.locale === "en") ?? null };
}

export type LocaleSummary = { status: string | null; state: TranslationState };

// Status and state per locale, for records whose translations carry contentUpdatedAt.
export function summarize<T extends Stamped & { locale: string; status: string }>(rows: T[]): Record<Locale, LocaleSummary> {
  const t = byLocale(rows);
  const one = (l: Locale): LocaleSummary => ({ status: t[l]?.status ?? null, state: translationState(t[l], t[otherLocale(l)]) });
  return { ru: one("ru"), en: one("en") };
}

// For records without a text change time (regions): only whether a translation exists.
export function presence<T extends { locale: string }>(rows: T[]): Record<Locale, LocaleSummary> {
  const t = byLocale(rows);
  const one = (l: Locale): LocaleSummary => ({ status: null, state: t[l] ? "present" : "missing" });
  return { ru: one("ru"), en: one("en") };
}
