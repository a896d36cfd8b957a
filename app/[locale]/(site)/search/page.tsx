import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "@/components/search-form";
import { SearchHelp } from "@/components/search-help";
import { SearchResults } from "@/components/search-results";
import { Link } from "@/i18n/link";
import { getPathname } from "@/i18n/navigation";
import { resolvePageLocale } from "@/i18n/page-locale";
import { getNewsYears } from "@/lib/articles/queries";
import { getRegions } from "@/lib/regions/queries";
import { routes } from "@/lib/routes";
import { searchSite } from "@/lib/search/queries";
import { normalizeQuery, SEARCH_QUERY_MAX, searchParamsSchema, searchQuery } from "@/lib/search/schema";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";

type Props = PageProps<"/[locale]/search">;

// Invalid input is a normal page with a message, except an impossible page number (404).
async function readParams(searchParams: Props["searchParams"]) {
  const raw = await searchParams;
  const parsed = searchParamsSchema.safeParse(raw);
  if (parsed.success) return { values: parsed.data, invalid: false };
  if (parsed.error.issues.some((issue) => issue.path[0] === "page")) notFound();
  const q = typeof raw.q === "string" ? normalizeQuery(raw.q).slice(0, SEARCH_QUERY_MAX) : "";
  return { values: { q, page: 1 }, invalid: true };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  const [t, { values }] = await Promise.all([getTranslations("SearchPage"), readParams(searchParams)]);
  return pageMetadata(locale, samePath(routes.search), {
    title: values.q ? t("titleWithQuery", { q: values.q.slice(0, 60) }) : t("title"),
    robots: { index: false },
  });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await resolvePageLocale(params);
  const { values, invalid } = await readParams(searchParams);
  const [t, regions, years, result] = await Promise.all([
    getTranslations("SearchPage"),
    getRegions(locale),
    getNewsYears(locale),
    values.q && !invalid ? searchSite(locale, values) : null,
  ]);
  if (result && values.page > Math.max(1, result.pageCount)) notFound();
  const filtered = Boolean(values.kind || values.region || values.year);
  const link = "text-link";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <SearchForm action={getPathname({ locale, href: routes.search })} values={values} regions={regions} years={years} />
      {invalid && (
        <p role="alert" className="rounded bg-amber-50 p-3 text-amber-900">
          {t("invalid")}
        </p>
      )}
      {!result && !invalid && <p className="text-slate-700">{t("intro")}</p>}
      {result && (
        <section aria-labelledby="search-total" className="space-y-5">
          <p id="search-total" className="text-sm text-slate-600">
            {t("total", { count: result.total })}
          </p>
          {result.help && <SearchHelp help={result.help} />}
          {result.total === 0 ? (
            <div className="space-y-2">
              <p className="text-lg break-words">{t("empty", { q: values.q })}</p>
              <p>{t("suggestions")}</p>
              <ul className="list-disc space-y-1 pl-6">
                <li>{t("fewerWords")}</li>
                {filtered && (
                  <li>
                    <Link href={{ pathname: routes.search, query: { q: values.q } }} prefetch={false} className={link}>
                      {t("withoutFilters")}
                    </Link>
                  </li>
                )}
                <li>
                  <Link href={routes.news} className={link}>
                    {t("browseNews")}
                  </Link>
                </li>
                <li>
                  <Link href={routes.regions} className={link}>
                    {t("browseRegions")}
                  </Link>
                </li>
              </ul>
            </div>
          ) : (
            <SearchResults items={result.items} />
          )}
          <Pagination
            pathname={routes.search}
            page={values.page}
            pageCount={result.pageCount}
            query={searchQuery({ ...values, page: undefined })}
            prefetch={false}
          />
        </section>
      )}
    </div>
  );
}
