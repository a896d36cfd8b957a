import type { ArticleTranslation } from "@/generated/prisma/client";

// What a revision of an article keeps: the text and publication state of one locale, or
// (locale null) the fields both locales share.
export const textFields = ["title", "slug", "lead", "body", "author", "seoDescription"] as const;

export function translationSnapshot(t: ArticleTranslation) {
  return {
    title: t.title,
    slug: t.slug,
    lead: t.lead,
    body: t.body,
    author: t.author,
    seoDescription: t.seoDescription,
    status: t.status,
    publishedAt: t.publishedAt?.toISOString() ?? null,
    scheduledAt: t.scheduledAt?.toISOString() ?? null,
    embargoUntil: t.embargoUntil?.toISOString() ?? null,
    withdrawnNotice: t.withdrawnNotice,
    redirectTo: t.redirectTo,
    contentUpdatedAt: t.contentUpdatedAt.toISOString(),
  };
}

export type SharedSnapshot = { kind: string; regionIds: string[]; coverId: string | null; sourceName: string | null; sourceUrl: string | null };

// Public pages show a translation that is published, or withdrawn with its notice.
export const isVisible = (status: string) => status === "published" || status === "withdrawn";
// Visible, or set to go live by itself (scheduled, embargoed): only a role that may publish
// changes such a text, since nobody looks at it again before readers do.
export const isCommitted = (status: string) => isVisible(status) || status === "scheduled";
