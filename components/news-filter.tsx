import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { articleKinds, type NewsFilter } from "@/lib/articles/filter";
import { routes } from "@/lib/routes";
import { SelectField } from "./select-field";

type Props = { action: string; filter: Partial<NewsFilter>; regions: { slug: string; name: string }[]; years: number[]; months: string[] };

// A GET form: works without JavaScript and leaves a shareable URL.
export function NewsFilterForm({ action, filter, regions, years, months }: Props) {
  const t = useTranslations("NewsList");
  const kind = useTranslations("NewsCard");
  return (
    <form method="get" action={action} role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-3 rounded-lg bg-slate-50 p-4">
      <SelectField
        id="news-region"
        name="region"
        label={t("region")}
        value={filter.region}
        allLabel={t("allRegions")}
        options={regions.map((r) => ({ value: r.slug, label: r.name }))}
      />
      <SelectField
        id="news-kind"
        name="kind"
        label={t("kind")}
        value={filter.kind}
        allLabel={t("allKinds")}
        options={articleKinds.map((k) => ({ value: k, label: kind("kind", { kind: k }) }))}
      />
      <SelectField
        id="news-year"
        name="year"
        label={t("year")}
        value={filter.year}
        allLabel={t("allYears")}
        options={years.map((y) => ({ value: y, label: String(y) }))}
      />
      <SelectField
        id="news-month"
        name="month"
        label={t("month")}
        value={filter.month}
        allLabel={t("allMonths")}
        options={months.map((m, i) => ({ value: i + 1, label: m }))}
      />
      <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 text-white hover:bg-brand-900">
        {t("apply")}
      </button>
      <Link href={routes.news} className="py-1.5 text-sm text-brand-700 underline underline-offset-2">
        {t("reset")}
      </Link>
    </form>
  );
}
