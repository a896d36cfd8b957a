import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { resolvePageLocale } from "@/i18n/page-locale";
import { INVALID_FILTER_SEGMENT, newsFilterFromSegment } from "@/lib/articles/filter";
import { NewsListView, newsListMetadata } from "../../news/news-list-view";

type Props = PageProps<"/[locale]/press/news-list/[filter]">;

// Filtered and later pages of the news list, reached only through proxy.ts's rewrite of
// /{locale}/press/news?…; rendered on first request, then kept until the news changes.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  return newsListMetadata(locale, true);
}

export default async function FilteredNewsPage({ params }: Props) {
  const { locale, filter: segment } = await resolvePageLocale(params);
  const invalid = segment === INVALID_FILTER_SEGMENT;
  const filter = invalid ? { page: 1 } : newsFilterFromSegment(segment);
  if (!filter) notFound();
  return <NewsListView locale={locale} filter={filter} invalid={invalid} />;
}
