import { useTranslations } from "next-intl";
import type { PracticeFilter } from "@/lib/practices/filter";
import { routes } from "@/lib/routes";
import { FilterForm } from "./filter-form";
import { namedOptions, SelectFields } from "./select-field";

type Named = { slug: string; name: string };
type Props = { action: string; filter: Partial<PracticeFilter>; regions: Named[]; topics: Named[] };

export function PracticeFilterForm({ action, filter, regions, topics }: Props) {
  const t = useTranslations("PracticesPage");
  return (
    <FilterForm action={action} label={t("filters")} apply={t("apply")} reset={t("reset")} resetHref={routes.practices}>
      <SelectFields
        form="practice"
        fields={[
          { name: "region", label: t("region"), value: filter.region, allLabel: t("allRegions"), options: namedOptions(regions), wide: true },
          { name: "topic", label: t("topic"), value: filter.topic, allLabel: t("allTopics"), options: namedOptions(topics), wide: true },
        ]}
      />
    </FilterForm>
  );
}
