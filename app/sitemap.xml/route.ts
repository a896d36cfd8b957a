import { sitemapIndexXml } from "@/lib/sitemap/build";
import { getSitemapTotals } from "@/lib/sitemap/queries";
import { siteUrl } from "@/lib/site-url";

// The sitemap index over the files of app/sitemaps/sitemap/[file]/route.ts, at the address
// robots.txt names and search consoles expect. Static, revalidated with the same tags.
export const revalidate = 3600;

export async function GET() {
  const { count } = await getSitemapTotals();
  return new Response(sitemapIndexXml(siteUrl(), count), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
