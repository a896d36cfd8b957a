import { getTranslations } from "next-intl/server";
import { isLocale, routing } from "@/i18n/routing";
import { buildRss } from "@/lib/feeds/build";
import { getFullTextFeedArticles } from "@/lib/feeds/queries";
import { absoluteUrl, rssResponse } from "@/lib/feeds/respond";
import { plainNotFound } from "@/lib/http/not-found";
import { routes } from "@/lib/routes";

// The feed for Yandex.News: the site's RSS with each text in full (yandex:full-text) and its
// cover as an enclosure. Prerendered and expired with the "articles" tag, as the main feed.
export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/yandex-news.xml">) {
  const { locale } = await params;
  if (!isLocale(locale)) return plainNotFound();
  const [t, articles] = await Promise.all([getTranslations({ locale, namespace: "Feed" }), getFullTextFeedArticles(locale)]);
  const channel = { locale, title: t("title"), description: t("description"), pagePath: routes.home, feedPath: routes.yandexFeed };
  return rssResponse(buildRss(channel, articles, absoluteUrl, (kind) => t("kind", { kind })));
}
