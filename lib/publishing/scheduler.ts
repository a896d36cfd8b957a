import "server-only";
import { publicationTags } from "@/lib/articles/publication";
import { translationSnapshot } from "@/lib/articles/snapshot";
import { db } from "@/lib/db";
import { recordChange } from "@/lib/history/record";
import { notifyInTransaction } from "./broadcast";

// Publishes every scheduled translation whose time has come. The UPDATE … RETURNING
// claims the rows, so with several app servers each item is published exactly once.
export async function publishDue(now = new Date()): Promise<{ published: number; tags: string[] }> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "ArticleTranslation"
      SET status = 'published', "publishedAt" = COALESCE("publishedAt", "scheduledAt"), "scheduledAt" = NULL, "embargoUntil" = NULL,
          version = version + 1, "updatedAt" = ${now}
      WHERE id IN (
        SELECT id FROM "ArticleTranslation"
        WHERE status = 'scheduled' AND "scheduledAt" <= ${now}
        FOR UPDATE SKIP LOCKED)
      RETURNING id`;
    const affected: string[] = [];
    for (const { id } of claimed) {
      const t = await tx.articleTranslation.findUniqueOrThrow({ where: { id } });
      await recordChange(tx, { actorId: null, action: "article.scheduled_publish", entityType: "article", entityId: t.articleId, locale: t.locale, version: t.version, snapshot: translationSnapshot(t) });
      affected.push(...(await publicationTags(tx, t.articleId, [{ locale: t.locale, slug: t.slug }])));
    }
    const tags = [...new Set(affected)];
    await notifyInTransaction(tx, tags);
    return { published: claimed.length, tags };
  });
}

export async function nextScheduledAt(): Promise<Date | null> {
  const next = await db.articleTranslation.findFirst({ where: { status: "scheduled" }, orderBy: { scheduledAt: "asc" }, select: { scheduledAt: true } });
  return next?.scheduledAt ?? null;
}
