import "server-only";
import { routing, type Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { getEmptyBoardPaths } from "@/lib/people/queries";
import { routes } from "@/lib/routes";
import { flattenSiteMap } from "@/lib/site-map";
import type { SitemapUrl } from "./build";

// Every indexable URL other than the articles, each with the content's own modification time:
// a few hundred at most, so they always go first in file 0.

export const iso = (d: Date | null | undefined) => d?.toISOString();

// One URL per locale in which the item exists, each naming all the item's translations.
function perLocale(rows: { locale: Locale; path: string; lastModified?: string }[]): SitemapUrl[] {
  const paths = Object.fromEntries(rows.map((r) => [r.locale, r.path])) as SitemapUrl["paths"];
  return rows.map((r) => ({ locale: r.locale, paths, lastModified: r.lastModified }));
}

const published = { where: { status: "published" as const } };

export async function collectFixedUrls(): Promise<SitemapUrl[]> {
  const [empty, news, pages, regions, practices, albums, editions] = await Promise.all([
    getEmptyBoardPaths(),
    db.articleTranslation.groupBy({ by: ["locale"], where: { status: "published" }, _max: { publishedAt: true } }),
    db.page.findMany({
      orderBy: { path: "asc" },
      select: { path: true, translations: { ...published, select: { locale: true, contentUpdatedAt: true } } },
    }),
    db.region.findMany({ orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true, translations: { select: { locale: true } } } }),
    db.practice.findMany({
      orderBy: { createdAt: "asc" },
      select: { translations: { ...published, select: { locale: true, slug: true, contentUpdatedAt: true } } },
    }),
    db.galleryAlbum.findMany({
      orderBy: { takenAt: "desc" },
      select: { translations: { ...published, select: { locale: true, slug: true, publishedAt: true } } },
    }),
    db.ratingEdition.findMany({
      ...published,
      orderBy: [{ program: { key: "asc" } }, { year: "desc" }],
      select: { year: true, publishedAt: true, program: { select: { key: true, translations: { select: { locale: true } } } } },
    }),
  ]);
  // A board without members yet is out of the menu and kept out of search engines (noindex).
  const contract = new Set(flattenSiteMap().map((n) => n.path));
  for (const path of empty) contract.delete(path);
  const newest = (locale: Locale) => iso(news.find((l) => l.locale === locale)?._max.publishedAt);
  return [
    ...perLocale(routing.locales.map((locale) => ({ locale, path: routes.home, lastModified: newest(locale) }))),
    ...perLocale(routing.locales.map((locale) => ({ locale, path: routes.news, lastModified: newest(locale) }))),
    ...pages
      .filter((p) => contract.has(p.path) && p.path !== routes.news)
      .flatMap((p) => perLocale(p.translations.map((t) => ({ locale: t.locale, path: p.path, lastModified: iso(t.contentUpdatedAt) })))),
    ...regions.flatMap((r) => perLocale(r.translations.map((t) => ({ locale: t.locale, path: routes.region(r.slug), lastModified: iso(r.updatedAt) })))),
    ...practices.flatMap((p) =>
      perLocale(p.translations.map((t) => ({ locale: t.locale, path: routes.practice(t.slug), lastModified: iso(t.contentUpdatedAt) }))),
    ),
    ...albums.flatMap((a) => perLocale(a.translations.map((t) => ({ locale: t.locale, path: routes.album(t.slug), lastModified: iso(t.publishedAt) })))),
    ...editions.flatMap((e) =>
      perLocale(e.program.translations.map((t) => ({ locale: t.locale, path: routes.ratingEdition(e.program.key, e.year), lastModified: iso(e.publishedAt) }))),
    ),
  ];
}
