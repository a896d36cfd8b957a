import { getTranslations } from "next-intl/server";
import { NewsCard } from "@/components/news-card";
import { RegionCard } from "@/components/region-card";
import { Link } from "@/i18n/navigation";
import { resolvePageLocale } from "@/i18n/page-locale";
import type { Locale } from "@/i18n/routing";
import { getLatestArticles } from "@/lib/articles/queries";
import { getRegions } from "@/lib/regions/queries";
import { routes } from "@/lib/routes";

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await resolvePageLocale(params);
  const t = await getTranslations("HomePage");
  const [news, regions] = await Promise.all([getLatestArticles(locale, 6), getRegions(locale)]);
  return (
    <div className="space-y-12">
      <section className="rounded-xl bg-brand-800 px-6 py-10 text-white md:px-10">
        <h1 className="text-3xl font-bold md:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-lg text-brand-100">{t("intro", { count: regions.length })}</p>
      </section>
      <section aria-labelledby="home-news">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h2 id="home-news" className="text-2xl font-semibold text-brand-900">{t("latestNews")}</h2>
          <Link href={routes.news} className="text-brand-700 underline underline-offset-2">{t("allNews")}</Link>
        </div>
        {news.length === 0 ? (
          <p>{t("noNews")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {news.map((a) => (
              <li key={a.id} className="flex"><NewsCard article={a} /></li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-regions">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h2 id="home-regions" className="text-2xl font-semibold text-brand-900">{t("regions")}</h2>
          <Link href={routes.regions} className="text-brand-700 underline underline-offset-2">{t("allRegions")}</Link>
        </div>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {regions.map((r) => (
            <li key={r.id}><RegionCard region={r} /></li>
          ))}
        </ul>
      </section>
    </div>
  );
}
