import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CardGrid } from "@/components/card-parts";
import { Pagination } from "@/components/pagination";
import { PracticeCard } from "@/components/practice-card";
import { PracticeFilterForm } from "@/components/practice-filter";
import { SitePageHeader } from "@/components/site-page-header";
import { getPathname } from "@/i18n/navigation";
import { resolvePageLocale } from "@/i18n/page-locale";
import { parsePracticeFilter, practiceQuery, type PracticeFilter } from "@/lib/practices/filter";
import { getPracticeFilters, getPractices } from "@/lib/practices/queries";
import { getPage } from "@/lib/pages/queries";
import { routes } from "@/lib/routes";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";
import { LabelledSection } from "@/components/labelled-section";

// Reads the query string (filters, page), so this list renders per request; its data is cached.
type Props = PageProps<"/[locale]/projects/best-practices">;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  const [page, t, query] = await Promise.all([getPage(locale, routes.practices), getTranslations("PracticesPage"), searchParams]);
  const filtered = Object.keys(query).length > 0;
  return pageMetadata(locale, samePath(routes.practices), {
    title: page?.title ?? t("title"),
    description: page?.description,
    robots: filtered ? { index: false, follow: true } : undefined,
  });
}

export default async function PracticesPage({ params, searchParams }: Props) {
  const { locale } = await resolvePageLocale(params);
  const parsed = parsePracticeFilter(await searchParams);
  const filter: PracticeFilter = parsed.success ? parsed.data : { page: 1 };
  const [t, page, choices, result] = await Promise.all([
    getTranslations("PracticesPage"),
    getPage(locale, routes.practices),
    getPracticeFilters(locale),
    getPractices(locale, filter),
  ]);
  if (filter.page > result.pageCount) notFound();
  return (
    <div className="space-y-6">
      <SitePageHeader page={page} fallbackTitle={t("title")} />
      <PracticeFilterForm action={getPathname({ locale, href: routes.practices })} filter={filter} regions={choices.regions} topics={choices.topics} />
      {!parsed.success && (
        <p role="alert" className="rounded bg-amber-50 p-3 text-amber-900">
          {t("invalid")}
        </p>
      )}
      <LabelledSection id="practices-results" className="space-y-4" heading="text-xl font-semibold text-brand-900" title={t("results")}>
        <p className="text-sm text-slate-600" aria-live="polite">
          {t("total", { count: result.total })}
        </p>
        <CardGrid items={result.items} className="grid gap-4 md:grid-cols-2 lg:grid-cols-3" empty={<p>{t("empty")}</p>}>
          {(p) => <PracticeCard practice={p} />}
        </CardGrid>
        <Pagination pathname={routes.practices} page={filter.page} pageCount={result.pageCount} query={practiceQuery({ ...filter, page: undefined })} />
      </LabelledSection>
    </div>
  );
}
