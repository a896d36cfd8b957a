import "server-only";
import { type Actor, refuse, runSave, type SaveResult } from "@/lib/saving/core";
import { enqueue } from "@/lib/jobs/enqueue";
import { recordChange } from "@/lib/history/record";
import type { MailJob } from "@/lib/zod/alerts";

// Sends an embargoed press release in advance to every verified journalist of the press list
// who reads its language: one job per journalist, each message at most once per version of the
// text. Allowed only while the embargo holds; the audit log names every recipient.
export async function sendAdvanceCopy(actor: Actor, input: { articleId: string; locale: "ru" | "en"; version: number }, now = new Date()): Promise<SaveResult> {
  return runSave(async (tx) => {
    const t = await tx.articleTranslation.findUnique({
      where: { articleId_locale: { articleId: input.articleId, locale: input.locale } },
      include: { article: { select: { kind: true } } },
    });
    if (!t) refuse("notFound");
    if (t.article.kind !== "press_release" || !t.embargoUntil || t.embargoUntil <= now || t.status !== "scheduled") refuse("advance.notEmbargoed");
    if (t.version !== input.version) refuse("conflictUnknown");
    const journalists = await tx.journalist.findMany({
      where: { verifiedAt: { not: null }, locales: { has: input.locale } },
      select: { id: true, email: true },
    });
    if (journalists.length === 0) refuse("advance.noRecipients");
    for (const j of journalists) await enqueue(tx, "mail", { kind: "advance", journalistId: j.id, translationId: t.id, version: t.version } satisfies MailJob);
    await recordChange(tx, {
      actorId: actor.id,
      action: "article.advance_copy",
      entityType: "article",
      entityId: input.articleId,
      locale: input.locale,
      details: { recipients: journalists.map((j) => j.email), embargoUntil: t.embargoUntil.toISOString(), version: t.version },
    });
    return { ok: true as const, id: input.articleId, version: t.version, tags: [], data: { recipients: journalists.length } };
  });
}
