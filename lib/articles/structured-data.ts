import "server-only";
import { getTranslations } from "next-intl/server";
import { mediaUrl } from "@/lib/media/variants";
import { siteUrl } from "@/lib/site-url";
import type { ArticleDetail } from "./article";

// schema.org NewsArticle and BreadcrumbList for one article.
export async function articleJsonLd(article: ArticleDetail, url: string, trail: { name: string; url: string }[]) {
  const t = await getTranslations({ locale: article.locale, namespace: "Metadata" });
  const publisher = { "@type": "Organization", name: t("siteName"), url: siteUrl(), logo: { "@type": "ImageObject", url: `${siteUrl()}/og-default.png` } };
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "NewsArticle",
        headline: article.title,
        description: article.description,
        inLanguage: article.locale,
        datePublished: article.publishedAt,
        dateModified: article.modifiedAt,
        mainEntityOfPage: url,
        url,
        image: article.cover ? article.cover.variants.map((v) => `${siteUrl()}${mediaUrl(v.key)}`) : [`${siteUrl()}/og-default.png`],
        author: article.author ? { "@type": "Person", name: article.author } : publisher,
        publisher,
      },
      {
        "@type": "BreadcrumbList",
        itemListElement: [...trail, { name: article.title, url }].map((item, i) => ({ "@type": "ListItem", position: i + 1, name: item.name, item: item.url })),
      },
    ],
  };
}
