import { sitemapCount, sitemapFileId, sitemapFileName, sitemapSlice, sitemapXml, toSitemapEntry } from "@/lib/sitemap/build";
import { countSitemapArticleUrls, getSitemapArticleUrls, getSitemapFixedUrls } from "@/lib/sitemap/queries";
import { siteUrl } from "@/lib/site-url";

// Both locales with hreflang alternates, in files of at most SITEMAP_LIMIT URLs served as
// /sitemaps/sitemap/0.xml, 1.xml, …; /sitemap.xml (app/sitemap.xml/route.ts) is the index over
// them. Prerendered, revalidated with the tags of the queries.
export const revalidate = 3600;

async function totals() {
  const [fixed, articles] = await Promise.all([getSitemapFixedUrls(), countSitemapArticleUrls()]);
  return { fixed, count: sitemapCount(fixed.length + articles) };
}

export async function generateStaticParams() {
  const { count } = await totals();
  return Array.from({ length: count }, (_, id) => ({ file: sitemapFileName(id) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { fixed, count } = await totals();
  const id = sitemapFileId((await params).file);
  if (id === null || id >= count) return new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const slice = sitemapSlice(id, fixed.length);
  const articles = await getSitemapArticleUrls(slice.skip, slice.take);
  const base = siteUrl();
  const entries = [...fixed.slice(...slice.fixed), ...articles].map((url) => toSitemapEntry(url, base));
  return new Response(sitemapXml(entries), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
