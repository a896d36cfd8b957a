import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { Locale } from "@/i18n/routing";
import type { NewsFilter } from "./filter";
import { toImageData, type MediaImageData } from "@/lib/media/variants";

export type ArticleCard = {
  id: string;
  slug: string;
  kind: string;
  title: string;
  lead: string;
  author: string;
  publishedAt: string;
  regions: { slug: string; name: string }[];
  cover: MediaImageData | null;
};

export const NEWS_PAGE_SIZE = 10;

function where(locale: Locale, f: Partial<NewsFilter> & { excludeId?: string; regionIds?: string[] }): Prisma.ArticleTranslationWhereInput {
  const from = f.year ? new Date(Date.UTC(f.year, f.month ? f.month - 1 : 0, 1)) : undefined;
  const to = f.year ? new Date(Date.UTC(f.month ? f.year : f.year + 1, f.month ?? 0, 1)) : undefined;
  return {
    locale,
    status: "published",
    publishedAt: from ? { gte: from, lt: to } : undefined,
    article: {
      id: f.excludeId ? { not: f.excludeId } : undefined,
      kind: f.kind,
      regions: f.region ? { some: { slug: f.region } } : f.regionIds ? { some: { id: { in: f.regionIds } } } : undefined,
    },
  };
}

// Only what is published in this locale: a text that exists in the other language only
// never appears in this locale's lists. Selects only what a card shows (never the body).
const NEWS_ORDER = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleTranslationOrderByWithRelationInput[];

// A deep page first finds its ids in the news-order index alone, then reads just those rows:
// skipping thousands of full rows would make page 500 cost far more than page 1.
async function pageFilter(filter: Prisma.ArticleTranslationWhereInput, take: number, skip: number) {
  if (skip === 0) return { where: filter, take };
  const ids = await db.articleTranslation.findMany({ where: filter, orderBy: NEWS_ORDER, take, skip, select: { id: true } });
  return { where: { id: { in: ids.map((r) => r.id) } }, take };
}

async function loadCards(locale: Locale, filter: Prisma.ArticleTranslationWhereInput, take: number, skip = 0): Promise<ArticleCard[]> {
  const rows = await db.articleTranslation.findMany({
    ...(await pageFilter(filter, take, skip)),
    orderBy: NEWS_ORDER,
    select: {
      articleId: true,
      slug: true,
      title: true,
      lead: true,
      author: true,
      publishedAt: true,
      createdAt: true,
      article: {
        select: {
          kind: true,
          regions: { select: { slug: true, code: true, translations: { where: { locale }, select: { name: true } } } },
          cover: { include: { translations: { where: { locale } } } },
        },
      },
    },
  });
  return rows.map((t) => ({
    id: t.articleId,
    slug: t.slug,
    kind: t.article.kind,
    title: t.title,
    lead: t.lead,
    author: t.author,
    publishedAt: (t.publishedAt ?? t.createdAt).toISOString(),
    regions: t.article.regions.map((r) => ({ slug: r.slug, name: r.translations[0]?.name ?? r.code })),
    cover: t.article.cover ? toImageData(t.article.cover) : null,
  }));
}

// The newest cards of a locale, optionally of one region, uncached: for callers with a cache of their own.
export const loadLatestCards = (locale: Locale, region: string | null, limit: number) =>
  loadCards(locale, where(locale, { region: region ?? undefined }), limit);

export const getLatestArticles = cache(
  unstable_cache((locale: Locale, limit: number) => loadCards(locale, where(locale, {}), limit), ["articles:latest"], { tags: [tags.articles] }),
);

export const getRegionArticles = cache(
  unstable_cache((locale: Locale, region: string, limit: number) => loadCards(locale, where(locale, { region }), limit), ["articles:region"], {
    tags: [tags.articles, tags.regions],
  }),
);

export const getNewsPage = cache(
  unstable_cache(
    async (locale: Locale, filter: NewsFilter) => {
      const w = where(locale, filter);
      const [total, items] = await Promise.all([
        db.articleTranslation.count({ where: w }),
        loadCards(locale, w, NEWS_PAGE_SIZE, (filter.page - 1) * NEWS_PAGE_SIZE),
      ]);
      return { total, items, pageCount: Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE)) };
    },
    ["articles:page"],
    { tags: [tags.articles] },
  ),
);

// «Other news»: the same regions first, then the latest of the rest.
export const getOtherNews = cache(
  unstable_cache(
    async (locale: Locale, articleId: string, regionIds: string[], limit: number) => {
      const same = regionIds.length ? await loadCards(locale, where(locale, { excludeId: articleId, regionIds }), limit) : [];
      if (same.length >= limit) return same;
      const rest = await loadCards(locale, where(locale, { excludeId: articleId }), limit + same.length);
      const seen = new Set(same.map((c) => c.id));
      return [...same, ...rest.filter((c) => !seen.has(c.id))].slice(0, limit);
    },
    ["articles:other"],
    { tags: [tags.articles] },
  ),
);

export const getNewsYears = unstable_cache(
  async (locale: Locale): Promise<number[]> => {
    const rows = await db.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT EXTRACT(YEAR FROM "publishedAt")::int AS year FROM "ArticleTranslation"
      WHERE locale = ${locale}::"Locale" AND status = 'published' AND "publishedAt" IS NOT NULL ORDER BY year DESC`;
    return rows.map((r) => r.year);
  },
  ["articles:years"],
  { tags: [tags.articles] },
);
