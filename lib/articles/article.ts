import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { loadBodyMedia, type BodyMedia } from "@/lib/media/body-media";
import { toImageData, type MediaImageData } from "@/lib/media/variants";
import type { RichText } from "@/lib/rich-text/schema";
import type { Locale } from "@/i18n/routing";

export type ArticleDetail = {
  id: string;
  locale: Locale;
  slug: string;
  title: string;
  lead: string;
  body: RichText;
  bodyMedia: BodyMedia;
  author: string;
  description: string;
  kind: string;
  publishedAt: string;
  // The newest update note's time, or the publication's: a typo fix is no modification.
  modifiedAt: string;
  // Newest first.
  updates: { at: string; note: string }[];
  sourceName: string | null;
  sourceUrl: string | null;
  regions: { id: string; slug: string; name: string }[];
  cover: MediaImageData | null;
  // Slugs of the translations published now, by locale: the only hreflang alternates.
  slugs: Partial<Record<Locale, string>>;
  // Set when the editors withdrew the text: the page stays, with this notice, unindexed.
  withdrawnNotice: string | null;
};

export type ArticleResolution =
  | { type: "article"; article: ArticleDetail }
  | { type: "moved"; slug: string } // an old slug of this locale: permanent redirect
  | { type: "translated"; slug: string } // the other locale's slug of an article that exists here too
  | { type: "missing"; locale: Locale; slug: string; title: string } // exists only in the other language
  | { type: "gone"; redirectTo: string } // unpublished, with a page to send visitors to
  | null;

const published = { status: "published" as const };

// `preview`: any state, for editors' preview; otherwise only what the public may see.
export async function loadDetail(locale: Locale, articleId: string, preview = false): Promise<ArticleDetail | null> {
  const a = await db.article.findUnique({
    where: { id: articleId },
    include: {
      translations: {
        where: preview ? {} : { status: { in: ["published", "withdrawn"] } },
        include: { updates: { orderBy: { at: "desc" }, select: { at: true, note: true } } },
      },
      regions: { include: { translations: { where: { locale } } } },
      cover: { include: { translations: { where: { locale } } } },
    },
  });
  const t = a?.translations.find((x) => x.locale === locale);
  if (!a || !t) return null;
  const publishedOn = t.publishedAt ?? t.createdAt;
  const modified = t.updates[0]?.at ?? publishedOn;
  return {
    id: a.id,
    locale,
    slug: t.slug,
    title: t.title,
    lead: t.lead,
    body: t.body as RichText,
    bodyMedia: await loadBodyMedia(t.body as RichText, locale),
    author: t.author,
    description: t.seoDescription || t.lead,
    kind: a.kind,
    publishedAt: publishedOn.toISOString(),
    modifiedAt: modified.toISOString(),
    updates: t.updates.map((u) => ({ at: u.at.toISOString(), note: u.note })),
    sourceName: a.sourceName,
    sourceUrl: a.sourceUrl,
    regions: a.regions.map((r) => ({ id: r.id, slug: r.slug, name: r.translations[0]?.name ?? r.code })),
    cover: a.cover ? toImageData(a.cover) : null,
    slugs: Object.fromEntries(a.translations.filter((x) => x.status === "published").map((x) => [x.locale, x.slug])),
    withdrawnNotice: t.status === "withdrawn" ? (t.withdrawnNotice ?? "") : null,
  };
}

async function resolve(locale: Locale, slug: string): Promise<ArticleResolution> {
  const own = await db.articleTranslation.findUnique({ where: { locale_slug: { locale, slug } }, select: { articleId: true, status: true, redirectTo: true } });
  if (own?.status === "published" || own?.status === "withdrawn") {
    const article = await loadDetail(locale, own.articleId);
    return article && { type: "article", article };
  }
  if (own?.status === "unpublished" && own.redirectTo) return { type: "gone", redirectTo: own.redirectTo };
  const moved = await db.slugRedirect.findUnique({ where: { entityType_locale_fromSlug: { entityType: "article", locale, fromSlug: slug } } });
  if (moved) {
    const current = await db.articleTranslation.findUnique({ where: { articleId_locale: { articleId: moved.entityId, locale } } });
    if (current?.status === "published" && current.slug !== slug) return { type: "moved", slug: current.slug };
  }
  // The locale switcher keeps the path, so a visitor may arrive with the other locale's slug.
  const other = await db.articleTranslation.findFirst({ where: { slug, locale: { not: locale }, ...published } });
  if (!other) return null;
  const here = await db.articleTranslation.findUnique({ where: { articleId_locale: { articleId: other.articleId, locale } } });
  if (here?.status === "published") return { type: "translated", slug: here.slug };
  return { type: "missing", locale: other.locale, slug: other.slug, title: other.title };
}

export const resolveArticle = cache((locale: Locale, slug: string) =>
  unstable_cache(resolve, ["articles:resolve"], { tags: [tags.articles, tags.redirects, tags.articleSlug(locale, slug)] })(locale, slug),
);

export const getRecentArticleSlugs = unstable_cache(
  async (limit: number) =>
    db.articleTranslation.findMany({ where: published, orderBy: { publishedAt: "desc" }, take: limit, select: { locale: true, slug: true } }),
  ["articles:recent-slugs"],
  { tags: [tags.articles] },
);
