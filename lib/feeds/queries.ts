import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import type { Locale } from "@/i18n/routing";
import { tags } from "@/lib/cache-tags";
import { loadLatestCards } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import { FEED_SIZE, type FeedArticle } from "./build";

// The newest published translations of one locale (optionally of one region), newest first;
// a text that exists only in the other language never appears in this locale's feed.
const loadFeedArticles = (locale: Locale, regionSlug: string | null): Promise<FeedArticle[]> => loadLatestCards(locale, regionSlug, FEED_SIZE);

export const getFeedArticles = cache(unstable_cache(loadFeedArticles, ["feeds:articles"], { tags: [tags.articles, tags.regions] }));

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
