import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { routes } from "@/lib/routes";
import { sitemapCount, type NewsSitemapItem, type SitemapUrl } from "./build";
import { collectFixedUrls, iso } from "./collections";

export const getSitemapFixedUrls = cache(
  unstable_cache(collectFixedUrls, ["sitemap:fixed"], {
    tags: [tags.pages, tags.regions, tags.articles, tags.practices, tags.gallery, tags.ratings, tags.people],
  }),
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

// The fixed URLs, which lead file 0, and how many files all the URLs fill.
export async function getSitemapTotals() {
  const [fixed, articles] = await Promise.all([getSitemapFixedUrls(), countSitemapArticleUrls()]);
  return { fixed, count: sitemapCount(fixed.length + articles) };
}

// Google News takes the articles of the last two days, at most 1,000.
export const NEWS_SITEMAP_DAYS = 2;

// Kept ten minutes at most, since the window moves with the clock, and expired (with the route
// that reads it) by every publication.
export const getRecentNewsUrls = cache(unstable_cache(loadRecentNewsUrls, ["sitemap:news"], { tags: [tags.articles], revalidate: 600 }));

async function loadRecentNewsUrls(): Promise<NewsSitemapItem[]> {
  const now = new Date();
  const since = new Date(now.getTime() - NEWS_SITEMAP_DAYS * 24 * 3600 * 1000);
  const rows = await db.articleTranslation.findMany({
    where: { status: "published", publishedAt: { gte: since, lte: now } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 1_000,
    select: { locale: true, slug: true, title: true, publishedAt: true },
  });
  return rows.map((r) => ({ locale: r.locale, path: routes.article(r.slug), title: r.title, publishedAt: r.publishedAt!.toISOString() }));
}
