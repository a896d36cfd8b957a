import type { Metadata } from "next";
import { resolvePageLocale } from "@/i18n/page-locale";
import { NewsListView, newsListMetadata } from "./news-list-view";

type Props = PageProps<"/[locale]/press/news">;

// The first page, unfiltered. A query string never reaches this page: proxy.ts sends filtered
// and later pages to press/news-list/[filter], so both can be prerendered and kept.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  return newsListMetadata(locale, false);
}

export default async function NewsPage({ params }: Props) {
  const { locale } = await resolvePageLocale(params);
  return <NewsListView locale={locale} filter={{ page: 1 }} />;
}
