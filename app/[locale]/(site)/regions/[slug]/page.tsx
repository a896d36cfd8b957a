import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CardGrid } from "@/components/card-parts";
import { FeedLink } from "@/components/feed-link";
import { NewsCard } from "@/components/news-card";
import { PracticeCard } from "@/components/practice-card";
import { RegionRatings } from "@/components/region-ratings";
import { RichText } from "@/components/rich-text";
import { Link } from "@/i18n/link";
import { resolvePageLocale } from "@/i18n/page-locale";
import { routing } from "@/i18n/routing";
import { getRegionArticles } from "@/lib/articles/queries";
import { getRegionPractices } from "@/lib/practices/queries";
import { getRegion, getRegionSlugs } from "@/lib/regions/queries";
import { routes } from "@/lib/routes";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";
import { LabelledSection } from "@/components/labelled-section";

type Props = PageProps<"/[locale]/regions/[slug]">;

export async function generateStaticParams() {
  const slugs = await getRegionSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await resolvePageLocale(params);
  const region = await getRegion(locale, slug);
  if (!region) return {};
  const path = routes.region(slug);
  return pageMetadata(locale, samePath(path), { title: region.name, description: region.summary });
}

export default async function RegionPage({ params }: Props) {
  const { locale, slug } = await resolvePageLocale(params);
  const region = await getRegion(locale, slug);
  if (!region) notFound();
  const [t, nav, news, practices] = await Promise.all([
    getTranslations("RegionPage"),
    getTranslations("SiteNav"),
    getRegionArticles(locale, slug, 6),
    getRegionPractices(locale, slug),
  ]);
  return (
    <article className="space-y-8">
      <FeedLink locale={locale} region={region} />
      <Breadcrumbs label={t("breadcrumb")} items={[{ href: routes.regions, label: nav("sections.regions") }, { label: region.name }]} />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{region.name}</h1>
        <p className="text-lg text-slate-700">{region.summary}</p>
        <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("capital")}</dt>
          <dd>{region.capital}</dd>
          <dt className="text-slate-600">{t("code")}</dt>
          <dd>{region.code}</dd>
        </dl>
      </header>
      {region.competencies.length > 0 && (
        <LabelledSection id="region-competencies" heading="mb-2 text-xl font-semibold text-brand-900" title={t("competencies")}>
          <ul className="flex flex-wrap gap-2">
            {region.competencies.map((c) => (
              <li key={c.slug} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
                {c.name}
              </li>
            ))}
          </ul>
        </LabelledSection>
      )}
      <RichText doc={region.profile} />
      <LabelledSection id="region-news" heading="mb-4 text-xl font-semibold text-brand-900" title={t("news")}>
        <CardGrid items={news} className="grid gap-4 md:grid-cols-2" empty={<p className="text-slate-600">{t("noNews")}</p>}>
          {(a) => <NewsCard article={a} />}
        </CardGrid>
        {news.length > 0 && (
          <Link href={{ pathname: routes.news, query: { region: region.slug } }} className="mt-4 inline-block text-link">
            {t("allNews")}
          </Link>
        )}
      </LabelledSection>
      {practices.length > 0 && (
        <LabelledSection id="region-practices" heading="mb-4 text-xl font-semibold text-brand-900" title={t("practices")}>
          <CardGrid items={practices} className="grid gap-4 md:grid-cols-2">
            {(p) => <PracticeCard practice={p} showRegion={false} />}
          </CardGrid>
        </LabelledSection>
      )}
      {region.ratings.length > 0 && <RegionRatings ratings={region.ratings} />}
    </article>
  );
}
