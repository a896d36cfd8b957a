import "server-only";
import { getTranslations } from "next-intl/server";
import { mediaUrl } from "@/lib/media/variants";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site-url";
import { LOGO } from "@/lib/social";
import type { ArticleDetail } from "./article";

// schema.org NewsArticle and BreadcrumbList for one article.
export async function articleJsonLd(article: ArticleDetail, url: string, trail: { name: string; url: string }[]) {
  const t = await getTranslations({ locale: article.locale, namespace: "Metadata" });
  const publisher = { "@type": "Organization", name: t("siteName"), url: siteUrl(), logo: { "@type": "ImageObject", ...LOGO, url: siteUrl() + LOGO.url } };
  // Bylines are the press service's people, who have no pages of their own: the press service's
  // contacts page is where a reader reaches them.
  const author = article.author
    ? { "@type": "Person", name: article.author, url: `${siteUrl()}/${article.locale}${routes.contacts}`, worksFor: publisher }
    : publisher;
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
        author,
        publisher,
      },
      {
        "@type": "BreadcrumbList",
        itemListElement: [...trail, { name: article.title, url }].map((item, i) => ({ "@type": "ListItem", position: i + 1, name: item.name, item: item.url })),
      },
    ],
  };
}
