import type { Metadata } from "next";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleView } from "@/components/article/article-view";
import { MissingTranslation } from "@/components/missing-translation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CardGrid } from "@/components/card-parts";
import { JsonLd } from "@/components/json-ld";
import { NewsCard } from "@/components/news-card";
import { getPathname } from "@/i18n/navigation";
import { resolvePageLocale } from "@/i18n/page-locale";
import { resolveArticle, getRecentArticleSlugs } from "@/lib/articles/article";
import { getOtherNews } from "@/lib/articles/queries";
import { articleJsonLd } from "@/lib/articles/structured-data";
import { mediaUrl, pickVariant } from "@/lib/media/variants";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/social";
import { siteUrl } from "@/lib/site-url";
import { decodeSegment } from "@/lib/url";
import type { Locale } from "@/i18n/routing";
import { LabelledSection } from "@/components/labelled-section";

type Props = PageProps<"/[locale]/press/news/[slug]">;

// The newest texts are prerendered; older ones render on first request and are cached.
export async function generateStaticParams() {
  return (await getRecentArticleSlugs(200)).map((t) => ({ locale: t.locale, slug: t.slug }));
}

const absolute = (locale: Locale, slug: string) => siteUrl() + getPathname({ locale, href: routes.article(slug) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await resolvePageLocale(params);
  const decoded = decodeSegment(slug);
  const found = decoded === null ? null : await resolveArticle(locale, decoded);
  if (found?.type === "missing") return { robots: { index: false } };
  if (found?.type === "article" && found.article.withdrawnNotice !== null) return { title: found.article.title, robots: { index: false } };
  if (found?.type !== "article") return {};
  const a = found.article;
  const paths = Object.fromEntries(Object.entries(a.slugs).map(([l, s]) => [l, routes.article(s)]));
  // The cover's 1600 px variant makes the preview in messengers and social networks.
  const cover = a.cover ? pickVariant(a.cover.variants, 1200) : undefined;
  const image = cover ? { url: mediaUrl(cover.key), width: cover.width, height: cover.height, alt: a.cover!.alt } : undefined;
  return pageMetadata(
    locale,
    paths,
    { title: a.title, description: a.description },
    { image, openGraph: { type: "article", publishedTime: a.publishedAt, modifiedTime: a.modifiedAt } },
  );
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug: raw } = await resolvePageLocale(params);
  const slug = decodeSegment(raw);
  const found = slug === null ? null : await resolveArticle(locale, slug);
  if (!found) notFound();
  if (found.type === "moved") permanentRedirect(getPathname({ locale, href: routes.article(found.slug) }));
  if (found.type === "translated") redirect(getPathname({ locale, href: routes.article(found.slug) }));
  if (found.type === "gone") redirect(found.redirectTo);
  if (found.type === "missing")
    return <MissingTranslation locale={found.locale} title={found.title} href={routes.article(found.slug)} back={{ href: routes.news, message: "back" }} />;
  const article = found.article;
  const [t, nav, other] = await Promise.all([
    getTranslations("ArticlePage"),
    getTranslations("SiteNav"),
    getOtherNews(
      locale,
      article.id,
      article.regions.map((r) => r.id),
      3,
    ),
  ]);
  const crumbs = [{ href: routes.news, label: nav("sections.news") }, { label: article.title }];
  const url = absolute(locale, article.slug);
  return (
    <div className="space-y-10">
      <JsonLd data={await articleJsonLd(article, url, [{ name: nav("sections.news"), url: siteUrl() + getPathname({ locale, href: routes.news }) }])} />
      <Breadcrumbs label={t("breadcrumb")} items={crumbs} />
      <ArticleView article={article} url={url} />
      {other.length > 0 && (
        <LabelledSection id="other-news" className="no-print" heading="mb-4 text-2xl font-semibold text-brand-900" title={t("otherNews")}>
          <CardGrid items={other} className="grid gap-4 md:grid-cols-3">
            {(a) => <NewsCard article={a} />}
          </CardGrid>
        </LabelledSection>
      )}
    </div>
  );
}
