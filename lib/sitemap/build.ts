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

export type SitemapEntry = { loc: string; lastmod?: string; alternates: { hreflang: string; href: string }[] };

// hreflang names only the translations that exist, with the same x-default rule as the page's
// own <link rel="alternate"> (lib/seo.ts), made absolute as sitemaps require.
export function toSitemapEntry(url: SitemapUrl, base: string): SitemapEntry {
  const alternates = alternatesFor(url.locale, url.paths);
  return {
    loc: base + String(alternates?.canonical),
    lastmod: url.lastModified,
    alternates: Object.entries(alternates?.languages ?? {}).map(([hreflang, href]) => ({ hreflang, href: base + String(href) })),
  };
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

// File `id` is served at /sitemaps/sitemap/<id>.xml (app/sitemaps/sitemap/[file]/route.ts).
export const sitemapFileName = (id: number) => `${id}.xml`;
export const sitemapFilePath = (id: number) => `/sitemaps/sitemap/${sitemapFileName(id)}`;
export function sitemapFileId(name: string): number | null {
  const m = /^(0|[1-9]\d{0,5})\.xml$/.exec(name);
  return m ? Number(m[1]) : null;
}

// The index over the files, served at /sitemap.xml.
export function sitemapIndexXml(base: string, count: number): string {
  const items = Array.from({ length: count }, (_, id) => `<sitemap><loc>${escapeXml(base + sitemapFilePath(id))}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

// Written here rather than by Next.js's metadata route, which puts <xhtml:link> before
// <lastmod>: the sitemaps.org schema wants <loc>, <lastmod>, then elements of other namespaces.
export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map((e) =>
    [
      `<url><loc>${escapeXml(e.loc)}</loc>`,
      e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : "",
      ...e.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`),
      "</url>",
    ].join(""),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

export type NewsSitemapItem = { locale: Locale; path: string; title: string; publishedAt: string };

// A Google News sitemap (namespace news:, schemas/sitemap-news/0.9): each recent article with
// the publication's name in its language, the language, the publication time and the title.
export function newsSitemapXml(base: string, items: NewsSitemapItem[], publicationName: (locale: Locale) => string): string {
  const urls = items.map((i) =>
    [
      `<url><loc>${escapeXml(`${base}/${i.locale}${i.path}`)}</loc><news:news><news:publication>`,
      `<news:name>${escapeXml(publicationName(i.locale))}</news:name><news:language>${i.locale}</news:language></news:publication>`,
      `<news:publication_date>${escapeXml(i.publishedAt)}</news:publication_date><news:title>${escapeXml(i.title)}</news:title></news:news></url>`,
    ].join(""),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
