import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CardGrid } from "@/components/card-parts";
import { NewsCard } from "@/components/news-card";
import { NewsFilterForm } from "@/components/news-filter";
import { Pagination } from "@/components/pagination";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { newsQuery, type NewsFilter } from "@/lib/articles/filter";
import { getNewsPage, getNewsYears } from "@/lib/articles/queries";
import { getPage } from "@/lib/pages/queries";
import { getRegions } from "@/lib/regions/queries";
import { routes } from "@/lib/routes";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";

// The news list, plain (press/news) or filtered (press/news-list/[filter]).
export async function newsListMetadata(locale: Locale, filtered: boolean): Promise<Metadata> {
  const [page, t] = await Promise.all([getPage(locale, routes.news), getTranslations("NewsList")]);
  // Filtered and deep pages are not separate documents for search engines.
  return pageMetadata(locale, samePath(routes.news), {
    title: page?.title ?? t("title"),
    description: page?.description,
    robots: filtered ? { index: false, follow: true } : undefined,
  });
}

export async function NewsListView({ locale, filter, invalid = false }: { locale: Locale; filter: NewsFilter; invalid?: boolean }) {
  const [t, format, page, regions, years, result] = await Promise.all([
    getTranslations("NewsList"),
    getFormatter(),
    getPage(locale, routes.news),
    getRegions(locale),
    getNewsYears(locale),
    getNewsPage(locale, filter),
  ]);
  if (filter.page > result.pageCount) notFound();
  const months = Array.from({ length: 12 }, (_, i) => format.dateTime(new Date(Date.UTC(2024, i, 15)), { month: "long" }));
  const query = newsQuery({ ...filter, page: undefined });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{page?.title ?? t("title")}</h1>
      <NewsFilterForm action={getPathname({ locale, href: routes.news })} filter={filter} regions={regions} years={years} months={months} />
      {invalid && (
        <p role="alert" className="rounded bg-amber-50 p-3 text-amber-900">
          {t("invalid")}
        </p>
      )}
      <p className="text-sm text-slate-600" aria-live="polite">
        {t("total", { count: result.total })}
      </p>
      <CardGrid items={result.items} className="grid gap-4 md:grid-cols-2" empty={<p>{t("empty")}</p>}>
        {(a) => <NewsCard article={a} headingLevel={2} />}
      </CardGrid>
      <Pagination pathname={routes.news} page={filter.page} pageCount={result.pageCount} query={query} />
    </div>
  );
}
