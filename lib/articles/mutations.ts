import "server-only";
import { articleAddress } from "@/lib/feeds/respond";
import { announcePublicChange } from "@/lib/outreach/announce";
import { type Actor, refuse, refuseField, refuseStale, runSave, type SaveResult, writeVersioned } from "@/lib/saving/core";
import type { ArticleTranslation, Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/auth/roles";
import { tags } from "@/lib/cache-tags";
import { recordChange } from "@/lib/history/record";
import type { ArticleTextInput } from "@/lib/zod/article";
import { isCommitted, isVisible, translationSnapshot } from "./snapshot";
import { translationState } from "./translation-state";

async function assertSlugFree(tx: Prisma.TransactionClient, articleId: string, locale: "ru" | "en", slug: string) {
  const [taken, redirect] = await Promise.all([
    tx.articleTranslation.findFirst({ where: { locale, slug, articleId: { not: articleId } }, select: { id: true } }),
    tx.slugRedirect.findFirst({ where: { entityType: "article", locale, fromSlug: slug, entityId: { not: articleId } }, select: { id: true } }),
  ]);
  if (taken || redirect) refuseField("slug", "slugTaken");
  // Taking back one of its own old slugs: that URL is the article's again, not a redirect.
  await tx.slugRedirect.deleteMany({ where: { entityType: "article", locale, fromSlug: slug, entityId: articleId } });
}

// When this locale's text last changed, which decides whether the other is out of date. A
// new translation, or one saved while behind, catches up with the other: both are then
// current. A change to an up-to-date text makes the other locale out of date.
async function contentClock(tx: Prisma.TransactionClient, current: ArticleTranslation | null, input: ArticleTextInput) {
  const other = await tx.articleTranslation.findUnique({
    where: { articleId_locale: { articleId: input.articleId, locale: input.locale === "ru" ? "en" : "ru" } },
    select: { contentUpdatedAt: true },
  });
  if (other && (!current || translationState(current, other) === "outdated")) return { contentUpdatedAt: other.contentUpdatedAt };
  const changed = !current || current.title !== input.title || current.lead !== input.lead || JSON.stringify(current.body) !== JSON.stringify(input.body);
  return changed ? { contentUpdatedAt: new Date() } : {};
}

// Saves one locale's text. Version 0 creates the translation. A visible or scheduled
// translation may be changed only by a role that may publish, since the change goes live
// without anyone looking at it again.
export async function saveArticleText(actor: Actor, input: ArticleTextInput, action = "article.save"): Promise<SaveResult> {
  const { articleId, locale, version } = input;
  return runSave(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) refuse("notFound");
    const current = await tx.articleTranslation.findUnique({ where: { articleId_locale: { articleId, locale } } });
    const stale = { entityType: "article" as const, entityId: articleId, locale };
    if ((current?.version ?? 0) !== version) await refuseStale(tx, stale);
    if (current && isCommitted(current.status) && !can(actor.role, "content.publish")) refuse("auth.forbidden");
    await assertSlugFree(tx, articleId, locale, input.slug);
    const text = {
      title: input.title,
      slug: input.slug,
      lead: input.lead,
      body: input.body as Prisma.InputJsonValue,
      author: input.author,
      seoDescription: input.seoDescription,
    };
    const data = { ...text, updatedById: actor.id, ...(await contentClock(tx, current, input)) };
    const saved = await writeVersioned(tx, tx.articleTranslation, { current, version, data, create: { articleId, locale }, stale });
    if (current && current.slug !== input.slug && isVisible(current.status)) {
      await tx.slugRedirect.upsert({
        where: { entityType_locale_fromSlug: { entityType: "article", locale, fromSlug: current.slug } },
        create: { entityType: "article", locale, fromSlug: current.slug, entityId: articleId },
        update: { entityId: articleId },
      });
    }
    await tx.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });
    // Readers are told of an update only to a text they could already read; a typo fix stays silent.
    const note = input.change === "update" ? (input.updateNote?.trim() ?? "") : "";
    const announced = current?.status === "published" && note !== "";
    if (announced) await tx.articleUpdate.create({ data: { translationId: saved.id, note } });
    await recordChange(tx, {
      actorId: actor.id,
      action: announced ? "article.save_update" : action,
      entityType: "article",
      entityId: articleId,
      locale,
      version: saved.version,
      snapshot: translationSnapshot(saved),
      details: announced ? { note } : undefined,
    });
    // Search engines and the channel hear of a correction to a published text (and of its new address).
    if (saved.status === "published")
      await announcePublicChange(tx, saved.id, "changed", current && current.slug !== input.slug ? articleAddress(locale, current.slug) : undefined);
    const visible = isVisible(saved.status);
    const affected = visible
      ? [
          tags.articles,
          tags.article(articleId),
          tags.redirects,
          tags.articleSlug(locale, input.slug),
          ...(current ? [tags.articleSlug(locale, current.slug)] : []),
        ]
      : [];
    return { ok: true as const, id: articleId, version: saved.version, tags: affected };
  });
}
