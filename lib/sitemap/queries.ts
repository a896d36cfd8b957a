import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { routing, type Locale } from "@/i18n/routing";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { routes } from "@/lib/routes";
import { flattenSiteMap } from "@/lib/site-map";
import type { SitemapUrl } from "./build";

const iso = (d: Date | null | undefined) => d?.toISOString();

// One URL per locale in which the item exists, each naming all the item's translations.
function perLocale(rows: { locale: Locale; path: string; lastModified?: string }[]): SitemapUrl[] {
  const paths = Object.fromEntries(rows.map((r) => [r.locale, r.path])) as SitemapUrl["paths"];
  return rows.map((r) => ({ locale: r.locale, paths, lastModified: r.lastModified }));
}

// The home pages, the site-map pages published in each locale and the region pages: a few
// hundred URLs at most, so they always go first in file 0.
export const getSitemapFixedUrls = cache(
  unstable_cache(
    async (): Promise<SitemapUrl[]> => {
      const contract = new Set(flattenSiteMap().map((n) => n.path));
      const [latest, pages, regions] = await Promise.all([
        db.articleTranslation.groupBy({ by: ["locale"], where: { status: "published" }, _max: { publishedAt: true } }),
        db.page.findMany({
          orderBy: { path: "asc" },
          select: { path: true, translations: { where: { status: "published" }, select: { locale: true, updatedAt: true } } },
        }),
        db.region.findMany({ orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true, translations: { select: { locale: true } } } }),
      ]);
      const home = perLocale(
        routing.locales.map((locale) => ({ locale, path: routes.home, lastModified: iso(latest.find((l) => l.locale === locale)?._max.publishedAt) })),
      );
      const pageUrls = pages
        .filter((p) => contract.has(p.path))
        .flatMap((p) => perLocale(p.translations.map((t) => ({ locale: t.locale, path: p.path, lastModified: iso(t.updatedAt) }))));
      const regionUrls = regions.flatMap((r) =>
        perLocale(r.translations.map((t) => ({ locale: t.locale, path: routes.region(r.slug), lastModified: iso(r.updatedAt) }))),
      );
      return [...home, ...pageUrls, ...regionUrls];
    },
    ["sitemap:fixed"],
    { tags: [tags.pages, tags.regions, tags.articles] },
  ),
);

export const countSitemapArticleUrls = cache(
  unstable_cache(() => db.articleTranslation.count({ where: { status: "published" } }), ["sitemap:article-count"], { tags: [tags.articles] }),
);

// A slice of the published article translations in a stable order, each with the slugs of
// its sibling translations that are published too (per-locale slugs).
export const getSitemapArticleUrls = cache(
  unstable_cache(
    async (skip: number, take: number): Promise<SitemapUrl[]> => {
      if (take <= 0) return [];
      const rows = await db.articleTranslation.findMany({
        where: { status: "published" },
        orderBy: [{ articleId: "asc" }, { locale: "asc" }],
        skip,
        take,
        select: {
          locale: true,
          publishedAt: true,
          updates: { orderBy: { at: "desc" }, take: 1, select: { at: true } },
          article: { select: { translations: { where: { status: "published" }, select: { locale: true, slug: true } } } },
        },
      });
      return rows.map((t) => ({
        locale: t.locale,
        paths: Object.fromEntries(t.article.translations.map((s) => [s.locale, routes.article(s.slug)])),
        // The page's own dateModified: its newest update note, else its publication.
        lastModified: iso(t.updates[0]?.at ?? t.publishedAt),
      }));
    },
    ["sitemap:articles"],
    { tags: [tags.articles] },
  ),
);
