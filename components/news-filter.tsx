import { useTranslations } from "next-intl";
import { articleKinds, type NewsFilter } from "@/lib/articles/filter";
import { routes } from "@/lib/routes";
import { FilterForm } from "./filter-form";
import { namedOptions, SelectFields, yearOptions } from "./select-field";

type Props = { action: string; filter: Partial<NewsFilter>; regions: { slug: string; name: string }[]; years: number[]; months: string[] };

// The kinds of news, named as the cards name them.
export function useKindOptions() {
  const t = useTranslations("NewsCard");
  return articleKinds.map((k) => ({ value: k, label: t("kind", { kind: k }) }));
}

export function NewsFilterForm({ action, filter, regions, years, months }: Props) {
  const t = useTranslations("NewsList");
  const kindOptions = useKindOptions();
  return (
    <FilterForm action={action} label={t("filters")} apply={t("apply")} reset={t("reset")} resetHref={routes.news}>
      <SelectFields
        form="news"
        fields={[
          { name: "region", label: t("region"), value: filter.region, allLabel: t("allRegions"), options: namedOptions(regions) },
          { name: "kind", label: t("kind"), value: filter.kind, allLabel: t("allKinds"), options: kindOptions },
          { name: "year", label: t("year"), value: filter.year, allLabel: t("allYears"), options: yearOptions(years) },
          { name: "month", label: t("month"), value: filter.month, allLabel: t("allMonths"), options: months.map((m, i) => ({ value: i + 1, label: m })) },
        ]}
      />
    </FilterForm>
  );
}
