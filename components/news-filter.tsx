import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { articleKinds, type NewsFilter } from "@/lib/articles/filter";
import { routes } from "@/lib/routes";

type Props = { action: string; filter: Partial<NewsFilter>; regions: { slug: string; name: string }[]; years: number[]; months: string[] };

// A GET form: works without JavaScript and leaves a shareable URL.
export function NewsFilterForm({ action, filter, regions, years, months }: Props) {
  const t = useTranslations("NewsList");
  const kind = useTranslations("NewsCard");
  const field = "flex flex-col gap-1 text-sm";
  const select = "rounded border border-slate-300 bg-white px-2 py-1.5";
  return (
    <form method="get" action={action} role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-3 rounded-lg bg-slate-50 p-4">
      <label className={field}>
        {t("region")}
        <select name="region" defaultValue={filter.region ?? ""} className={select}>
          <option value="">{t("allRegions")}</option>
          {regions.map((r) => <option key={r.slug} value={r.slug}>{r.name}</option>)}
        </select>
      </label>
      <label className={field}>
        {t("kind")}
        <select name="kind" defaultValue={filter.kind ?? ""} className={select}>
          <option value="">{t("allKinds")}</option>
          {articleKinds.map((k) => <option key={k} value={k}>{kind("kind", { kind: k })}</option>)}
        </select>
      </label>
      <label className={field}>
        {t("year")}
        <select name="year" defaultValue={filter.year ?? ""} className={select}>
          <option value="">{t("allYears")}</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label className={field}>
        {t("month")}
        <select name="month" defaultValue={filter.month ?? ""} className={select}>
          <option value="">{t("allMonths")}</option>
          {months.map((m, i) => <option key={m} value={i + 1}>{m}</option>)}
        </select>
      </label>
      <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 text-white hover:bg-brand-900">{t("apply")}</button>
      <Link href={routes.news} className="py-1.5 text-sm text-brand-700 underline underline-offset-2">{t("reset")}</Link>
    </form>
  );
}
