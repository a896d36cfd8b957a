import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { RichText } from "@/lib/rich-text/schema";
import type { Locale } from "@/i18n/routing";

export type SitePage = { path: string; title: string; description: string; body: RichText; locales: Locale[] };

async function loadPage(locale: Locale, path: string): Promise<SitePage | null> {
  const page = await db.page.findUnique({ where: { path }, include: { translations: { where: { status: "published" } } } });
  const t = page?.translations.find((x) => x.locale === locale);
  if (!page || !t) return null;
  return { path, title: t.title, description: t.description, body: t.body as RichText, locales: page.translations.map((x) => x.locale) };
}

// Tagged with the page's own tag, so an edit to one page refreshes that page alone.
export const getPage = cache((locale: Locale, path: string) => unstable_cache(loadPage, ["pages:one"], { tags: [tags.pages, tags.page(path)] })(locale, path));
