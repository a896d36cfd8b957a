import "server-only";
import { type Actor, refuse, refuseField, refuseStale, runSave, type SaveResult } from "@/lib/saving/core";
import { tags } from "@/lib/cache-tags";
import { recordChange } from "@/lib/history/record";
import { transliterateSlug } from "@/lib/slug";
import type { ArticleSharedInput } from "@/lib/zod/article";
import { can } from "@/lib/auth/roles";
import { isCommitted, isVisible, translationSnapshot, type SharedSnapshot } from "./snapshot";

// Creates an article with a draft in one locale; the other locale starts missing.
export async function createArticle(actor: Actor, input: { locale: "ru" | "en"; title: string; kind: ArticleSharedInput["kind"] }): Promise<SaveResult> {
  return runSave(async (tx) => {
    const base = transliterateSlug(input.title) || "article";
    let slug = base;
    for (let n = 2; await tx.articleTranslation.findFirst({ where: { locale: input.locale, slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
    const article = await tx.article.create({
      data: {
        kind: input.kind,
        createdById: actor.id,
        translations: { create: { locale: input.locale, slug, title: input.title, body: { type: "doc", content: [] }, updatedById: actor.id } },
      },
      include: { translations: true },
    });
    const t = article.translations[0]!;
    await recordChange(tx, {
      actorId: actor.id,
      action: "article.create",
      entityType: "article",
      entityId: article.id,
      locale: input.locale,
      version: 1,
      snapshot: translationSnapshot(t),
    });
    return { ok: true as const, id: article.id, version: 1, tags: [] };
  });
}

export async function saveArticleShared(actor: Actor, input: ArticleSharedInput): Promise<SaveResult> {
  return runSave(async (tx) => {
    const current = await tx.article.findUnique({
      where: { id: input.articleId },
      include: { translations: { select: { status: true, locale: true, slug: true } } },
    });
    if (!current) refuse("notFound");
    if (current.translations.some((t) => isCommitted(t.status)) && !can(actor.role, "content.publish")) refuse("auth.forbidden");
    const visible = current.translations.filter((t) => isVisible(t.status));
    const regions = await tx.region.findMany({ where: { id: { in: input.regionIds } }, select: { id: true, slug: true } });
    if (regions.length !== new Set(input.regionIds).size) refuseField("regionIds", "invalid");
    if (input.coverId && !(await tx.media.findFirst({ where: { id: input.coverId, kind: "image" }, select: { id: true } }))) refuseField("coverId", "invalid");
    const before = await tx.article.findUniqueOrThrow({ where: { id: input.articleId }, select: { regions: { select: { slug: true } } } });
    const { count } = await tx.article.updateMany({
      where: { id: input.articleId, version: input.version },
      data: { kind: input.kind, coverId: input.coverId, sourceName: input.sourceName, sourceUrl: input.sourceUrl, version: { increment: 1 } },
    });
    if (count === 0) await refuseStale(tx, { entityType: "article", entityId: input.articleId, locale: null });
    await tx.article.update({ where: { id: input.articleId }, data: { regions: { set: regions.map((r) => ({ id: r.id })) } } });
    const snapshot: SharedSnapshot = {
      kind: input.kind,
      regionIds: [...input.regionIds].sort(),
      coverId: input.coverId,
      sourceName: input.sourceName,
      sourceUrl: input.sourceUrl,
    };
    await recordChange(tx, {
      actorId: actor.id,
      action: "article.save_shared",
      entityType: "article",
      entityId: input.articleId,
      locale: null,
      version: input.version + 1,
      snapshot,
    });
    const regionTags = [...before.regions.map((r) => r.slug), ...regions.map((r) => r.slug)].map(tags.region);
    const affected = visible.length
      ? [tags.articles, tags.article(input.articleId), ...regionTags, ...visible.map((t) => tags.articleSlug(t.locale, t.slug))]
      : [];
    return { ok: true as const, id: input.articleId, version: input.version + 1, tags: affected };
  });
}
