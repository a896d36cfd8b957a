import { sitemapFileId, sitemapFileName, sitemapSlice, sitemapXml, toSitemapEntry } from "@/lib/sitemap/build";
import { getSitemapArticleUrls, getSitemapTotals } from "@/lib/sitemap/queries";
import { plainNotFound } from "@/lib/http/not-found";
import { siteUrl } from "@/lib/site-url";

// Both locales with hreflang alternates, in files of at most SITEMAP_LIMIT URLs served as
// /sitemaps/sitemap/0.xml, 1.xml, …; /sitemap.xml (app/sitemap.xml/route.ts) is the index over
// them. Prerendered, revalidated with the tags of the queries.
export const revalidate = 3600;

export async function generateStaticParams() {
  const { count } = await getSitemapTotals();
  return Array.from({ length: count }, (_, id) => ({ file: sitemapFileName(id) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { fixed, count } = await getSitemapTotals();
  const id = sitemapFileId((await params).file);
  if (id === null || id >= count) return plainNotFound();
  const slice = sitemapSlice(id, fixed.length);
  const articles = await getSitemapArticleUrls(slice.skip, slice.take);
  const base = siteUrl();
  const entries = [...fixed.slice(...slice.fixed), ...articles].map((url) => toSitemapEntry(url, base));
  return new Response(sitemapXml(entries), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
