import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/feeds/respond";
import { routes } from "@/lib/routes";

// Feed autodiscovery. A page's own metadata `alternates` replaces the layout's whole object
// in Next's metadata merge, which would drop a feed named there; React hoists a <link>
// into <head> from wherever it is rendered, so this survives every page's metadata.
export async function FeedLink({ locale, region }: { locale: Locale; region?: { slug: string; name: string } }) {
  const t = await getTranslations({ locale, namespace: "Feed" });
  const href = absoluteUrl(locale, region ? routes.regionFeed(region.slug) : routes.feed);
  const title = region ? t("regionTitle", { region: region.name }) : t("title");
  return <link rel="alternate" type="application/rss+xml" href={href} title={title} />;
}
