import type { MetadataRoute } from "next";
import { sitemapCount, sitemapSlice, toSitemapEntry } from "@/lib/sitemap/build";
import { countSitemapArticleUrls, getSitemapArticleUrls, getSitemapFixedUrls } from "@/lib/sitemap/queries";
import { siteUrl } from "@/lib/site-url";

// Both locales with hreflang alternates, in files of at most SITEMAP_LIMIT URLs, which
// generateSitemaps makes Next.js serve as /sitemaps/sitemap/0.xml, /sitemaps/sitemap/1.xml, …
// /sitemap.xml (app/sitemap.xml/route.ts) is the index over them. This file cannot be
// app/sitemap.ts: with generateSitemaps that one no longer answers /sitemap.xml, yet
// Turbopack still claims that path for it, so a route handler there is a build conflict.
export const revalidate = 3600;

async function totals() {
  const [fixed, articles] = await Promise.all([getSitemapFixedUrls(), countSitemapArticleUrls()]);
  return { fixed, count: sitemapCount(fixed.length + articles) };
}

export async function generateSitemaps() {
  const { count } = await totals();
  return Array.from({ length: count }, (_, id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const { fixed } = await totals();
  const slice = sitemapSlice(Number(await id), fixed.length);
  const articles = await getSitemapArticleUrls(slice.skip, slice.take);
  const base = siteUrl();
  return [...fixed.slice(...slice.fixed), ...articles].map((url) => toSitemapEntry(url, base));
}
