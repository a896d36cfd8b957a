import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { PracticeFilter } from "@/lib/practices/filter";
import { routes } from "@/lib/routes";
import { SelectField } from "./select-field";

type Named = { slug: string; name: string };
type Props = { action: string; filter: Partial<PracticeFilter>; regions: Named[]; topics: Named[] };

// A GET form: works without JavaScript and leaves a shareable URL.
export function PracticeFilterForm({ action, filter, regions, topics }: Props) {
  const t = useTranslations("PracticesPage");
  return (
    <form method="get" action={action} role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-3 rounded-lg bg-slate-50 p-4">
      <SelectField
        id="practice-region"
        name="region"
        label={t("region")}
        value={filter.region}
        allLabel={t("allRegions")}
        options={regions.map((r) => ({ value: r.slug, label: r.name }))}
        wide
      />
      <SelectField
        id="practice-topic"
        name="topic"
        label={t("topic")}
        value={filter.topic}
        allLabel={t("allTopics")}
        options={topics.map((x) => ({ value: x.slug, label: x.name }))}
        wide
      />
      <button type="submit" className="rounded bg-brand-800 px-4 py-1.5 text-white hover:bg-brand-900">
        {t("apply")}
      </button>
      <Link href={routes.practices} className="py-1.5 text-sm text-brand-700 underline underline-offset-2">
        {t("reset")}
      </Link>
    </form>
  );
}
