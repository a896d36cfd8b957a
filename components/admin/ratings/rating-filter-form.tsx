import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import type { RatingListQuery } from "@/lib/zod/ratings";

export async function RatingFilterForm({ query, programs }: { query: RatingListQuery; programs: { key: string; title: string }[] }) {
  const t = await getTranslations("AdminRatings.filters");
  const ts = await getTranslations("AdminRatings.status");
  return (
    <FilterForm
      action="/admin/ratings"
      label={t("label")}
      selects={[
        {
          id: "ratings-program",
          name: "program",
          label: t("program"),
          allLabel: t("allPrograms"),
          options: programs.map((p) => ({ value: p.key, label: p.title })),
        },
        {
          id: "ratings-status",
          name: "status",
          label: t("status"),
          allLabel: t("allStatuses"),
          options: (["published", "draft"] as const).map((s) => ({ value: s, label: ts(s) })),
        },
      ]}
      apply={t("apply")}
      reset={t("reset")}
      values={query}
    />
  );
}
