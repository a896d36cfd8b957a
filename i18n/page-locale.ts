import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./routing";

// Every page and layout starts here: an unknown locale segment (say /favicon.ico) is a
// 404 before any query runs, and setRequestLocale lets the page be prerendered.
export async function resolvePageLocale<T extends { locale: string }>(params: Promise<T>): Promise<T & { locale: Locale }> {
  const resolved = await params;
  if (!isLocale(resolved.locale)) notFound();
  setRequestLocale(resolved.locale);
  return resolved as T & { locale: Locale };
}
