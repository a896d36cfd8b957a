import type { MetadataRoute } from "next";
import type { Locale } from "@/i18n/routing";
import { alternatesFor } from "@/lib/seo";

// Pure: turns "this path exists in these locales" into sitemap entries and splits them into
// files of at most 5,000 URLs. sitemaps.org allows 50,000, but every publication expires the
// files, and one of 5,000 renders again in well under a second where 40,000 took about 6 s.

export const SITEMAP_LIMIT = 5_000;

export type SitemapUrl = {
  locale: Locale;
  // Every translation that exists of the same item (path after the locale), this one included.
  paths: Partial<Record<Locale, string>>;
  lastModified?: string;
};

// hreflang names only the translations that exist, with the same x-default rule as the page's
// own <link rel="alternate"> (lib/seo.ts), made absolute as sitemaps require.
export function toSitemapEntry(url: SitemapUrl, base: string): MetadataRoute.Sitemap[number] {
  const alternates = alternatesFor(url.locale, url.paths);
  const languages = Object.fromEntries(Object.entries(alternates?.languages ?? {}).map(([lang, href]) => [lang, base + String(href)]));
  return { url: base + String(alternates?.canonical), lastModified: url.lastModified, alternates: { languages } };
}

export const sitemapCount = (total: number) => Math.max(1, Math.ceil(total / SITEMAP_LIMIT));

// File `id` holds URLs [id·SITEMAP_LIMIT, (id+1)·SITEMAP_LIMIT) of the list "fixed URLs, then articles":
// which fixed ones, and which slice (skip/take) of the article URLs.
export function sitemapSlice(id: number, fixedCount: number) {
  const start = id * SITEMAP_LIMIT;
  const end = start + SITEMAP_LIMIT;
  return {
    fixed: [Math.min(start, fixedCount), Math.min(end, fixedCount)] as const,
    skip: Math.max(0, start - fixedCount),
    take: Math.max(0, end - Math.max(start, fixedCount)),
  };
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// Where Next.js serves file `id` of app/sitemaps/sitemap.ts (generateSitemaps).
export const sitemapFilePath = (id: number) => `/sitemaps/sitemap/${id}.xml`;

// Next.js renders the files of generateSitemaps but no index over them; /sitemap.xml is this.
export function sitemapIndexXml(base: string, count: number): string {
  const items = Array.from({ length: count }, (_, id) => `<sitemap><loc>${escapeXml(base + sitemapFilePath(id))}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}
