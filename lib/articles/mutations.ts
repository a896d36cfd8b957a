import "server-only";
import { Prisma, type ArticleTranslation } from "@/generated/prisma/client";
import type { FormState } from "@/lib/actions/form-state";
import { can, type Role } from "@/lib/auth/roles";
import { tags } from "@/lib/cache-tags";
import { lastEditor } from "@/lib/history/last-editor";
import { recordChange } from "@/lib/history/record";
import { transactionAnnounced } from "@/lib/publishing/broadcast";
import type { ArticleTextInput } from "@/lib/zod/article";
import { isCommitted, isVisible, translationSnapshot } from "./snapshot";
import { translationState } from "./translation-state";

export type Actor = { id: string; role: Role };
export type MutationResult = { state: FormState; tags: string[] };

class Refusal extends Error {
  constructor(readonly state: FormState) {
    super(state.error ?? "refused");
  }
}

// Runs a change in one transaction; a Refusal rolls it back and becomes the form's answer.
export async function inTransaction(body: (tx: Prisma.TransactionClient) => Promise<MutationResult>): Promise<MutationResult> {
  try {
    return await transactionAnnounced(body);
  } catch (error) {
    if (error instanceof Refusal) return { state: error.state, tags: [] };
    // Two saves raced past the checks; the database's unique indexes decided.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const state: FormState = /slug/i.test(JSON.stringify(error.meta ?? {}) + error.message)
        ? { fieldErrors: { slug: ["slugTaken"] } }
        : { error: "conflict", errorValues: { name: "—", time: new Date().toISOString() } };
      return { state, tags: [] };
    }
    throw error;
  }
}

export function refuse(state: FormState): never {
  throw new Refusal(state);
}

export async function conflict(tx: Prisma.TransactionClient, entityId: string, locale: "ru" | "en" | null): Promise<never> {
  const who = await lastEditor(tx, "article", entityId, locale);
  refuse({ error: "conflict", errorValues: who });
}

async function assertSlugFree(tx: Prisma.TransactionClient, articleId: string, locale: "ru" | "en", slug: string) {
  const [taken, redirect] = await Promise.all([
    tx.articleTranslation.findFirst({ where: { locale, slug, articleId: { not: articleId } }, select: { id: true } }),
    tx.slugRedirect.findFirst({ where: { entityType: "article", locale, fromSlug: slug, entityId: { not: articleId } }, select: { id: true } }),
  ]);
  if (taken || redirect) refuse({ fieldErrors: { slug: ["slugTaken"] } });
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
export async function saveArticleText(actor: Actor, input: ArticleTextInput, action = "article.save"): Promise<MutationResult> {
  const { articleId, locale, version } = input;
  return inTransaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) refuse({ error: "notFound" });
    const current = await tx.articleTranslation.findUnique({ where: { articleId_locale: { articleId, locale } } });
    if ((current?.version ?? 0) !== version) await conflict(tx, articleId, locale);
    if (current && isCommitted(current.status) && !can(actor.role, "content.publish")) refuse({ error: "auth.forbidden" });
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
    let saved;
    if (!current) {
      saved = await tx.articleTranslation.create({ data: { ...data, articleId, locale } });
    } else {
      const { count } = await tx.articleTranslation.updateMany({ where: { id: current.id, version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) await conflict(tx, articleId, locale);
      saved = await tx.articleTranslation.findUniqueOrThrow({ where: { id: current.id } });
      if (current.slug !== input.slug && isVisible(current.status)) {
        await tx.slugRedirect.upsert({
          where: { entityType_locale_fromSlug: { entityType: "article", locale, fromSlug: current.slug } },
          create: { entityType: "article", locale, fromSlug: current.slug, entityId: articleId },
          update: { entityId: articleId },
        });
      }
    }
    await tx.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });
    await recordChange(tx, {
      actorId: actor.id,
      action,
      entityType: "article",
      entityId: articleId,
      locale,
      version: saved.version,
      snapshot: translationSnapshot(saved),
    });
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
    return { state: { ok: true, version: saved.version }, tags: affected };
  });
}
