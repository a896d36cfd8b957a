import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegionCard } from "@/components/region-card";
import { FilteredItem, RegionFilter } from "@/components/region-filter";
import { RegionLinks } from "@/components/region-links";
import { RegionMap } from "@/components/region-map";
import { SitePageHeader } from "@/components/site-page-header";
import { resolvePageLocale } from "@/i18n/page-locale";
import { getPage } from "@/lib/pages/queries";
import { getCompetencies, getRegions } from "@/lib/regions/queries";
import { routes } from "@/lib/routes";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";
import { LabelledSection } from "@/components/labelled-section";

type Props = PageProps<"/[locale]/regions">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "RegionsPage" });
  const page = await getPage(locale, routes.regions);
  return pageMetadata(locale, samePath(routes.regions), { title: page?.title ?? t("title"), description: page?.description });
}

export default async function RegionsPage({ params }: Props) {
  const { locale } = await resolvePageLocale(params);
  const [t, regions, competencies, page] = await Promise.all([
    getTranslations("RegionsPage"),
    getRegions(locale),
    getCompetencies(locale),
    getPage(locale, routes.regions),
  ]);
  return (
    <div className="space-y-8">
      <SitePageHeader page={page} fallbackTitle={t("title")} />
      <RegionFilter
        competencies={competencies}
        regions={regions.map((r) => r.competencies.map((c) => c.slug))}
        labels={{ legend: t("filterLegend"), all: t("all"), shown: Array.from({ length: regions.length + 1 }, (_, n) => t("shown", { count: n })) }}
      >
        <RegionMap regions={regions} title={t("mapTitle")} description={t("mapDescription", { count: regions.length })} />
        <LabelledSection id="regions-list" className="space-y-4" heading="text-2xl font-semibold text-brand-900" title={t("intro", { count: regions.length })}>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {regions.map((r) => (
              <FilteredItem key={r.id} competencies={r.competencies.map((c) => c.slug)}>
                <RegionCard region={r} />
              </FilteredItem>
            ))}
          </ul>
        </LabelledSection>
      </RegionFilter>
      <LabelledSection id="regions-by-competence" heading="mb-3 text-2xl font-semibold text-brand-900" title={t("byCompetence")}>
        <dl className="grid gap-x-8 gap-y-3 md:grid-cols-2">
          {competencies.map((c) => (
            <div key={c.slug}>
              <dt className="font-semibold text-slate-800">{c.name}</dt>
              <dd className="text-sm">
                <RegionLinks regions={regions.filter((r) => r.competencies.some((x) => x.slug === c.slug))} />
              </dd>
            </div>
          ))}
        </dl>
      </LabelledSection>
    </div>
  );
}
