import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { Locale } from "@/i18n/routing";

export type ArticleCard = {
  id: string;
  slug: string;
  kind: string;
  title: string;
  lead: string;
  publishedAt: string;
  regions: { slug: string; name: string }[];
};

type Filter = { regionSlug?: string; limit: number };

// Only what is published in this locale: a text that exists in the other language only
// never appears in this locale's lists.
async function loadCards(locale: Locale, { regionSlug, limit }: Filter): Promise<ArticleCard[]> {
  const rows = await db.articleTranslation.findMany({
    where: { locale, status: "published", article: regionSlug ? { regions: { some: { slug: regionSlug } } } : undefined },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    include: { article: { include: { regions: { include: { translations: { where: { locale } } } } } } },
  });
  return rows.map((t) => ({
    id: t.articleId,
    slug: t.slug,
    kind: t.article.kind,
    title: t.title,
    lead: t.lead,
    publishedAt: (t.publishedAt ?? t.createdAt).toISOString(),
    regions: t.article.regions.map((r) => ({ slug: r.slug, name: r.translations[0]?.name ?? r.code })),
  }));
}

export const getLatestArticles = cache(
  unstable_cache((locale: Locale, limit: number) => loadCards(locale, { limit }), ["articles:latest"], { tags: [tags.articles] }),
);

export const getRegionArticles = cache(
  unstable_cache((locale: Locale, regionSlug: string, limit: number) => loadCards(locale, { regionSlug, limit }), ["articles:region"], {
    tags: [tags.articles, tags.regions],
  }),
);
