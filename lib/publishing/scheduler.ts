import "server-only";
import { publicationTags, publishProblem } from "@/lib/articles/publication";
import { translationSnapshot } from "@/lib/articles/snapshot";
import { db } from "@/lib/db";
import { recordChange } from "@/lib/history/record";
import { announcePublicChange } from "@/lib/outreach/announce";
import { notifyInTransaction } from "./broadcast";

// Publishes every scheduled translation whose time (and embargo) has come, if it is still complete (title,
// body, alt texts: publishProblem); one that is not goes back to draft, which its history
// shows. FOR UPDATE SKIP LOCKED claims the rows, so with several app servers each is handled
// exactly once.
export async function publishDue(now = new Date()): Promise<{ published: number; refused: number; tags: string[] }> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ArticleTranslation"
      WHERE status = 'scheduled' AND "scheduledAt" <= ${now} AND ("embargoUntil" IS NULL OR "embargoUntil" <= ${now})
      FOR UPDATE SKIP LOCKED`;
    const affected: string[] = [];
    let published = 0;
    for (const { id } of due) {
      const current = await tx.articleTranslation.findUniqueOrThrow({ where: { id } });
      const problem = await publishProblem(tx, current.articleId, current.locale, current);
      const status = problem ? { status: "draft" as const } : { status: "published" as const, publishedAt: current.publishedAt ?? current.scheduledAt };
      const t = await tx.articleTranslation.update({
        where: { id },
        data: { ...status, scheduledAt: null, embargoUntil: null, version: { increment: 1 }, updatedAt: now },
      });
      const action = problem ? "article.scheduled_publish_refused" : "article.scheduled_publish";
      await recordChange(tx, {
        actorId: null,
        // The scheduler's own request to this server is no visitor's address.
        ipAddress: null,
        action,
        entityType: "article",
        entityId: t.articleId,
        locale: t.locale,
        version: t.version,
        snapshot: translationSnapshot(t),
      });
      if (problem) continue;
      published += 1;
      await announcePublicChange(tx, t.id, "published");
      affected.push(...(await publicationTags(tx, t.articleId, [{ locale: t.locale, slug: t.slug }])));
    }
    const tags = [...new Set(affected)];
    await notifyInTransaction(tx, tags);
    return { published, refused: due.length - published, tags };
  });
}

export async function nextScheduledAt(): Promise<Date | null> {
  const next = await db.articleTranslation.findFirst({ where: { status: "scheduled" }, orderBy: { scheduledAt: "asc" }, select: { scheduledAt: true } });
  return next?.scheduledAt ?? null;
}
