import { getTranslations } from "next-intl/server";
import { isLocale, routing } from "@/i18n/routing";
import { buildRss } from "@/lib/feeds/build";
import { getFeedArticles } from "@/lib/feeds/queries";
import { absoluteUrl, rssResponse } from "@/lib/feeds/respond";
import { plainNotFound } from "@/lib/http/not-found";
import { routes } from "@/lib/routes";

// Prerendered per locale; a publish revalidates the "articles" tag of the cached read, which
// also drops this response; the hour is only a safety net.
export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// proxy.ts skips paths with a dot, so the locale comes from the segment alone and is checked here.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return plainNotFound();
  const [t, articles] = await Promise.all([getTranslations({ locale, namespace: "Feed" }), getFeedArticles(locale, null)]);
  const channel = { locale, title: t("title"), description: t("description"), pagePath: routes.home, feedPath: routes.feed };
  return rssResponse(buildRss(channel, articles, absoluteUrl, (kind) => t("kind", { kind })));
}
