import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import type { Locale } from "@/i18n/routing";
import { tags } from "@/lib/cache-tags";
import { loadLatestCards } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import { mediaUrl, type MediaImageData } from "@/lib/media/variants";
import { richTextToPlain, type RichText } from "@/lib/rich-text/schema";
import { siteUrl } from "@/lib/site-url";
import { FEED_SIZE, type FeedArticle } from "./build";

// The newest published translations of one locale (optionally of one region), newest first;
// a text that exists only in the other language never appears in this locale's feed.
// An item carries its newest update note's time, which moves the channel's own date.
async function loadFeedArticles(locale: Locale, regionSlug: string | null): Promise<FeedArticle[]> {
  const cards = await loadLatestCards(locale, regionSlug, FEED_SIZE);
  const picture = (cover: MediaImageData | null) => {
    const v = cover?.variants.find((x) => x.width >= 960) ?? cover?.variants.at(-1);
    return v ? { url: siteUrl() + mediaUrl(v.key), type: v.mimeType, length: v.byteSize } : undefined;
  };
  const updated = await db.articleTranslation.findMany({
    where: { locale, articleId: { in: cards.map((c) => c.id) }, updates: { some: {} } },
    select: { articleId: true, updates: { orderBy: { at: "desc" }, take: 1, select: { at: true } } },
  });
  const latest = new Map(updated.map((t) => [t.articleId, t.updates[0]?.at.toISOString()]));
  return cards.map(({ cover, ...c }) => ({ ...c, updatedAt: latest.get(c.id), image: picture(cover) }));
}

export const getFeedArticles = cache(unstable_cache(loadFeedArticles, ["feeds:articles"], { tags: [tags.articles, tags.regions] }));

// The same items with their whole text, for Yandex.News (yandex:full-text).
export const getFullTextFeedArticles = cache(
  unstable_cache(
    async (locale: Locale): Promise<FeedArticle[]> => {
      const items = await loadFeedArticles(locale, null);
      const bodies = await db.articleTranslation.findMany({
        where: { locale, articleId: { in: items.map((i) => i.id) } },
        select: { articleId: true, body: true },
      });
      const text = new Map(bodies.map((b) => [b.articleId, richTextToPlain(b.body as RichText).trim()]));
      return items.map((i) => ({ ...i, fullText: text.get(i.id) ?? "" }));
    },
    ["feeds:full-text"],
    { tags: [tags.articles, tags.regions] },
  ),
);

// The region's name in this locale, or null when there is no such region (the feed is a 404).
export const getFeedRegion = cache(
  unstable_cache(
    async (locale: Locale, slug: string): Promise<{ slug: string; name: string } | null> => {
      const row = await db.region.findUnique({
        where: { slug },
        select: { slug: true, code: true, translations: { where: { locale }, select: { name: true } } },
      });
      return row ? { slug: row.slug, name: row.translations[0]?.name ?? row.code } : null;
    },
    ["feeds:region"],
    { tags: [tags.regions] },
  ),
);
