import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { PracticeFilter } from "@/lib/practices/filter";
import { routes } from "@/lib/routes";

type Named = { slug: string; name: string };
type Props = { action: string; filter: Partial<PracticeFilter>; regions: Named[]; topics: Named[] };

// A GET form: works without JavaScript and leaves a shareable URL.
export function PracticeFilterForm({ action, filter, regions, topics }: Props) {
  const t = useTranslations("PracticesPage");
  const field = "flex flex-col gap-1 text-sm";
  const select = "max-w-full rounded border border-slate-300 bg-white px-2 py-1.5";
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
        {t("topic")}
        <select name="topic" defaultValue={filter.topic ?? ""} className={select}>
          <option value="">{t("allTopics")}</option>
          {topics.map((x) => <option key={x.slug} value={x.slug}>{x.name}</option>)}
        </select>
      </label>
      <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 text-white hover:bg-brand-900">{t("apply")}</button>
      <Link href={routes.practices} className="py-1.5 text-sm text-brand-700 underline underline-offset-2">{t("reset")}</Link>
    </form>
  );
}
