import { getTranslations } from "next-intl/server";
import { isLocale, routing } from "@/i18n/routing";
import { buildRss } from "@/lib/feeds/build";
import { getFeedArticles, getFeedRegion } from "@/lib/feeds/queries";
import { absoluteUrl, rssResponse } from "@/lib/feeds/respond";
import { plainNotFound } from "@/lib/http/not-found";
import { getRegionSlugs } from "@/lib/regions/queries";
import { routes } from "@/lib/routes";
import { decodeSegment } from "@/lib/url";

// Prerendered per locale and region, revalidated with the "articles" and "regions" tags.
export const revalidate = 3600;

export async function generateStaticParams() {
  const slugs = await getRegionSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug: raw } = await params;
  const slug = decodeSegment(raw);
  if (!isLocale(locale) || slug === null) return plainNotFound();
  const region = await getFeedRegion(locale, slug);
  if (!region) return plainNotFound();
  const [t, articles] = await Promise.all([getTranslations({ locale, namespace: "Feed" }), getFeedArticles(locale, slug)]);
  const channel = {
    locale,
    title: t("regionTitle", { region: region.name }),
    description: t("regionDescription", { region: region.name }),
    pagePath: routes.region(slug),
    feedPath: routes.regionFeed(slug),
  };
  return rssResponse(buildRss(channel, articles, absoluteUrl, (kind) => t("kind", { kind })));
}
