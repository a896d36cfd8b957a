import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/i18n/routing";
import { newsSitemapXml } from "@/lib/sitemap/build";
import { getRecentNewsUrls } from "@/lib/sitemap/queries";
import { siteUrl } from "@/lib/site-url";

// The Google News sitemap, beside /sitemap.xml (robots.txt names both): the articles of the
// last two days in both languages. Kept ten minutes, since the window moves with the clock.
export const revalidate = 600;

export async function GET() {
  const names = Object.fromEntries(
    await Promise.all(routing.locales.map(async (locale) => [locale, (await getTranslations({ locale, namespace: "Metadata" }))("shortName")] as const)),
  ) as Record<Locale, string>;
  const xml = newsSitemapXml(siteUrl(), await getRecentNewsUrls(), (locale) => names[locale]);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
