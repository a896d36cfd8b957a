import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CardGrid } from "@/components/card-parts";
import { ProjectsTeaser } from "@/components/home/projects-teaser";
import { RatingsTeaser } from "@/components/home/ratings-teaser";
import { SectionHeading } from "@/components/home/section-heading";
import { JsonLd } from "@/components/json-ld";
import { NewsCard } from "@/components/news-card";
import { RegionMap } from "@/components/region-map";
import { resolvePageLocale } from "@/i18n/page-locale";
import { getLatestArticles } from "@/lib/articles/queries";
import { getRatingEdition, getRatingProgram } from "@/lib/ratings/queries";
import { getRegions } from "@/lib/regions/queries";
import { routes } from "@/lib/routes";
import { samePath } from "@/lib/seo";
import { LOGO, pageMetadata } from "@/lib/social";
import { siteUrl } from "@/lib/site-url";

type Props = PageProps<"/[locale]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  return pageMetadata(locale, samePath("/"), {});
}

async function latestEdition(locale: "ru" | "en") {
  const program = await getRatingProgram(locale, "techsuccess");
  const year = program?.editions.at(-1)?.year;
  return year ? getRatingEdition(locale, "techsuccess", year) : null;
}

export default async function HomePage({ params }: Props) {
  const { locale } = await resolvePageLocale(params);
  const [t, meta, news, regions, edition] = await Promise.all([
    getTranslations("HomePage"),
    getTranslations("Metadata"),
    getLatestArticles(locale, 5),
    getRegions(locale),
    latestEdition(locale),
  ]);
  const [lead, ...rest] = news;
  return (
    <div className="space-y-12">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Organization",
          name: meta("siteName"),
          alternateName: meta("shortName"),
          url: siteUrl(),
          logo: { "@type": "ImageObject", ...LOGO, url: siteUrl() + LOGO.url },
        }}
      />
      <section className="rounded-xl bg-brand-800 px-6 py-10 text-white md:px-10">
        <h1 className="text-3xl font-bold md:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-lg text-brand-100">{t("intro", { count: regions.length })}</p>
      </section>
      <section aria-labelledby="home-news">
        <SectionHeading id="home-news" title={t("latestNews")} href={routes.news} linkText={t("allNews")} spaced />
        {!lead ? (
          <p>{t("noNews")}</p>
        ) : (
          <div className="grid items-start gap-4 lg:grid-cols-2">
            <div className="flex [&_article]:bg-brand-50 [&_h3]:text-2xl [&_time]:text-slate-700">
              <NewsCard article={lead} />
            </div>
            <CardGrid items={rest} className="grid gap-4 sm:grid-cols-2">
              {(a) => <NewsCard article={a} />}
            </CardGrid>
          </div>
        )}
      </section>
      <section aria-labelledby="home-regions" className="space-y-4">
        <SectionHeading id="home-regions" title={t("regions")} href={routes.regions} linkText={t("allRegions")} />
        <RegionMap regions={regions} title={t("mapTitle")} description={t("mapDescription")} />
      </section>
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <ProjectsTeaser />
        {edition && <RatingsTeaser edition={edition} />}
      </div>
    </div>
  );
}
