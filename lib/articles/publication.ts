import "server-only";
import { type Actor, refuse, refuseField, refuseStale, runSave, type SaveResult } from "@/lib/saving/core";
import type { Prisma } from "@/generated/prisma/client";
import { tags } from "@/lib/cache-tags";
import { recordChange } from "@/lib/history/record";
import { announcePublicChange } from "@/lib/outreach/announce";
import { imagesMissingAlt } from "@/lib/media/alt-check";
import { bodyMediaIds } from "@/lib/rich-text/media-ids";
import type { RichText } from "@/lib/rich-text/schema";
import type { PublicationInput } from "@/lib/zod/article";
import { translationSnapshot } from "./snapshot";

// A text goes public only complete: a title, a body, and alt text in its language for
// every image it shows. Checked when it is published or scheduled, and again by the scheduler.
export async function publishProblem(tx: Prisma.TransactionClient, articleId: string, locale: "ru" | "en", t: { title: string; body: unknown }) {
  const body = t.body as RichText;
  if (!t.title.trim() || !body.content?.length) return { error: "publish.incomplete" };
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { coverId: true } });
  const missing = await imagesMissingAlt(tx, [article.coverId, ...bodyMediaIds(body.content)], locale);
  return missing.length ? { error: "publish.altMissing", errorValues: { files: missing.join(", ") } } : null;
}

async function assertPublishable(tx: Prisma.TransactionClient, articleId: string, locale: "ru" | "en", t: { title: string; body: unknown }) {
  const problem = await publishProblem(tx, articleId, locale, t);
  if (problem) refuse(problem.error, problem.errorValues);
}

// An embargo stays on the text until its time or until it is lifted: going back to draft or
// moving the schedule later keeps it, so no later step can publish early.
const statusData = (input: PublicationInput, now: Date, publishedAt: Date | null, embargo: Date | null): Prisma.ArticleTranslationUpdateManyMutationInput => {
  switch (input.action) {
    case "publish":
      return { status: "published", publishedAt: publishedAt ?? now, scheduledAt: null, embargoUntil: null, withdrawnNotice: null, redirectTo: null };
    case "schedule":
      return { status: "scheduled", scheduledAt: input.scheduledAt, embargoUntil: embargo, withdrawnNotice: null, redirectTo: null };
    case "embargo":
      return { status: "scheduled", scheduledAt: input.embargoUntil, embargoUntil: input.embargoUntil, withdrawnNotice: null, redirectTo: null };
    case "withdraw":
      return { status: "withdrawn", withdrawnNotice: input.withdrawnNotice };
    case "unpublish":
      return { status: "unpublished", redirectTo: input.redirectTo, scheduledAt: null, embargoUntil: null };
    case "draft":
      return { status: "draft", scheduledAt: null, embargoUntil: embargo };
    case "lift":
      return { embargoUntil: null };
  }
};

// Under embargo nothing publishes the text before its time, however the request arrives; only
// an explicit "lift" (an editor's decision, in the audit log) ends it early.
function checkEmbargo(input: PublicationInput, embargo: Date | null) {
  if (!embargo) {
    if (input.action === "lift") refuse("publish.notEmbargoed");
    return;
  }
  const earlier =
    input.action === "publish" || (input.action === "schedule" && input.scheduledAt < embargo) || (input.action === "embargo" && input.embargoUntil < embargo);
  if (earlier) refuse("publish.embargoed", { time: embargo.toISOString() });
}

// The changes of state that readers, search engines and the channel see at once.
const PUBLIC_CHANGES = new Set<PublicationInput["action"]>(["publish", "withdraw", "unpublish"]);

// Changes the publication state of one locale only: publishing Russian never touches English.
export async function changePublication(actor: Actor, input: PublicationInput, now = new Date()): Promise<SaveResult> {
  const { articleId, locale, version } = input;
  return runSave(async (tx) => {
    const current = await tx.articleTranslation.findUnique({ where: { articleId_locale: { articleId, locale } } });
    if (!current) refuse("notFound");
    if (current.version !== version) await refuseStale(tx, { entityType: "article", entityId: articleId, locale });
    if (input.action === "publish" || input.action === "schedule" || input.action === "embargo") await assertPublishable(tx, articleId, locale, current);
    if ((input.action === "schedule" && input.scheduledAt <= now) || (input.action === "embargo" && input.embargoUntil <= now)) refuseField("when", "future");
    if (input.action === "withdraw" && current.status !== "published") refuse("publish.notPublished");
    const embargo = current.embargoUntil && current.embargoUntil > now ? current.embargoUntil : null;
    checkEmbargo(input, embargo);
    const { count } = await tx.articleTranslation.updateMany({
      where: { id: current.id, version },
      data: { ...statusData(input, now, current.publishedAt, embargo), updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) await refuseStale(tx, { entityType: "article", entityId: articleId, locale });
    const saved = await tx.articleTranslation.findUniqueOrThrow({ where: { id: current.id } });
    if (PUBLIC_CHANGES.has(input.action)) await announcePublicChange(tx, saved.id, input.action === "publish" ? "published" : "changed");
    await recordChange(tx, {
      actorId: actor.id,
      action: `article.${input.action}`,
      entityType: "article",
      entityId: articleId,
      locale,
      version: saved.version,
      snapshot: translationSnapshot(saved),
    });
    return { ok: true as const, id: articleId, version: saved.version, tags: await publicationTags(tx, articleId, [{ locale, slug: saved.slug }]) };
  });
}

// Everything a change of visibility can show up on: lists, feeds, the sitemap and search
// (all tagged "articles"), the article's URLs and the pages of its regions.
export async function publicationTags(tx: Prisma.TransactionClient, articleId: string, urls: { locale: string; slug: string }[]): Promise<string[]> {
  const regions = await tx.region.findMany({ where: { articles: { some: { id: articleId } } }, select: { slug: true } });
  return [
    tags.articles,
    tags.article(articleId),
    tags.redirects,
    ...urls.map((u) => tags.articleSlug(u.locale, u.slug)),
    ...regions.map((r) => tags.region(r.slug)),
  ];
}
