import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DemoNotice } from "@/components/demo-notice";
import { RatingRankChart } from "@/components/rating-rank-chart";
import { RichText } from "@/components/rich-text";
import { SitePageView } from "@/components/site-page-view";
import { Link } from "@/i18n/link";
import { resolvePageLocale } from "@/i18n/page-locale";
import { routing, type Locale } from "@/i18n/routing";
import { getPage } from "@/lib/pages/queries";
import { getRatingProgram, getRatingProgramKeys } from "@/lib/ratings/queries";
import { routes } from "@/lib/routes";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";
import { flattenSiteMap } from "@/lib/site-map";
import { decodeSegment } from "@/lib/url";
import { LabelledSection } from "@/components/labelled-section";

// One segment under /projects: a rating programme, or any other project page of the site
// map, which keeps the stored-page view it had under the catch-all route.
type Props = PageProps<"/[locale]/projects/[program]">;

export async function generateStaticParams() {
  const projectPages = flattenSiteMap().filter((p) => p.parent === routes.projects && p.path !== routes.practices);
  const keys = new Set([...(await getRatingProgramKeys()), ...projectPages.map((p) => p.path.split("/")[2]!)]);
  return routing.locales.flatMap((locale) => [...keys].map((program) => ({ locale, program })));
}

async function load(locale: Locale, segment: string) {
  const key = decodeSegment(segment);
  if (key === null) return null;
  const [rating, page] = await Promise.all([getRatingProgram(locale, key), getPage(locale, routes.rating(key))]);
  return { key, rating, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, program } = await resolvePageLocale(params);
  const found = await load(locale, program);
  if (!found || (!found.rating && !found.page)) return {};
  const { key, rating, page } = found;
  const path = routes.rating(key);
  const paths = rating ? samePath(path) : Object.fromEntries(page!.locales.map((l) => [l, path]));
  return pageMetadata(locale, paths, { title: page?.title ?? rating!.title, description: page?.description || rating?.description });
}

export default async function ProjectPage({ params }: Props) {
  const { locale, program } = await resolvePageLocale(params);
  const found = await load(locale, program);
  if (!found || (!found.rating && !found.page)) notFound();
  const { key, rating, page } = found;
  if (!rating) return <SitePageView page={page!} />;
  const t = await getTranslations("RatingPage");
  const years = rating.editions.map((e) => e.year);
  return (
    <article className="space-y-8">
      <Breadcrumbs label={t("breadcrumb")} items={[{ href: routes.projects, label: t("projects") }, { label: rating.title }]} />
      <header className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{page?.title ?? rating.title}</h1>
        {rating.isDemo && <DemoNotice>{t("demo")}</DemoNotice>}
        {page ? <RichText doc={page.body} /> : <p className="text-lg text-slate-700">{rating.description}</p>}
      </header>
      <LabelledSection id="rating-editions" heading="mb-3 text-xl font-semibold text-brand-900" title={t("editions")}>
        {years.length === 0 ? (
          <p>{t("noEditions")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {[...years].reverse().map((year) => (
              <li key={year}>
                <Link
                  href={routes.ratingEdition(key, year)}
                  className="block rounded border border-slate-300 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
                >
                  {t("edition", { year })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </LabelledSection>
      {years.length > 0 && (
        <LabelledSection id="rating-chart" heading="mb-3 text-xl font-semibold text-brand-900" title={t("chart")}>
          <RatingRankChart id={`rank-chart-${key}`} program={rating.title} years={years} series={rating.series} />
        </LabelledSection>
      )}
    </article>
  );
}
