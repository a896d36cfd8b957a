import { useTranslations } from "next-intl";
import { Link } from "@/i18n/link";
import { routes } from "@/lib/routes";
import { useKindOptions } from "./news-filter";
import { namedOptions, SelectFields, yearOptions } from "./select-field";
import { SEARCH_QUERY_MAX, type SearchParams } from "@/lib/search/schema";

type Props = { action: string; values: Partial<SearchParams>; regions: { slug: string; name: string }[]; years: number[] };

// A GET form: works without JavaScript and leaves a URL that can be shared.
export function SearchForm({ action, values, regions, years }: Props) {
  const t = useTranslations("SearchPage");
  const kindOptions = useKindOptions();
  const filtered = Boolean(values.kind || values.region || values.year);
  return (
    <form method="get" action={action} role="search" aria-label={t("title")} className="space-y-4 rounded-lg bg-slate-50 p-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="search-q" className="font-medium text-brand-900">
          {t("label")}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={values.q ?? ""}
            maxLength={SEARCH_QUERY_MAX}
            aria-describedby="search-hint"
            className="min-w-0 flex-1 basis-56 rounded border border-slate-400 bg-white px-3 py-2"
          />
          <button type="submit" className="rounded bg-brand-800 px-5 py-2 text-white hover:bg-brand-900">
            {t("submit")}
          </button>
        </div>
        <p id="search-hint" className="text-sm text-slate-600">
          {t("hint")}
        </p>
      </div>
      <fieldset className="flex min-w-0 flex-wrap items-end gap-3">
        <legend className="mb-2 text-sm font-medium text-brand-900">{t("filters")}</legend>
        <SelectFields
          form="search"
          fields={[
            { name: "kind", label: t("kind"), value: values.kind, allLabel: t("allKinds"), options: kindOptions },
            { name: "region", label: t("region"), value: values.region, allLabel: t("allRegions"), options: namedOptions(regions), wide: true },
            { name: "year", label: t("year"), value: values.year, allLabel: t("allYears"), options: yearOptions(years) },
          ]}
        />
        {filtered && values.q && (
          <Link href={{ pathname: routes.search, query: { q: values.q } }} prefetch={false} className="py-1.5 text-sm text-link">
            {t("reset")}
          </Link>
        )}
      </fieldset>
    </form>
  );
}
