import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/select-field";
import type { RatingListQuery } from "@/lib/zod/ratings";

// A GET form: the filter lives in the URL and works without JavaScript.
export async function RatingFilterForm({ query, programs }: { query: RatingListQuery; programs: { key: string; title: string }[] }) {
  const t = await getTranslations("AdminRatings");
  return (
    <form
      method="get"
      action="/admin/ratings"
      role="search"
      aria-label={t("filters.label")}
      className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4"
    >
      <SelectField
        id="ratings-program"
        name="program"
        label={t("filters.program")}
        value={query.program}
        allLabel={t("filters.allPrograms")}
        options={programs.map((p) => ({ value: p.key, label: p.title }))}
      />
      <SelectField
        id="ratings-status"
        name="status"
        label={t("filters.status")}
        value={query.status}
        allLabel={t("filters.allStatuses")}
        options={(["published", "draft"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
        {t("filters.apply")}
      </button>
      <Link href="/admin/ratings" className="py-1.5 text-sm text-brand-700 underline underline-offset-2">
        {t("filters.reset")}
      </Link>
    </form>
  );
}
