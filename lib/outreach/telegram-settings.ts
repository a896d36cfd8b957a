import "server-only";
import { recordChange } from "@/lib/history/record";
import { enqueue } from "@/lib/jobs/enqueue";
import { type Actor, refuse, runSave, type SaveResult } from "@/lib/saving/core";
import type { TelegramSettingsInput } from "@/lib/zod/press-list";

// Whether a text goes to its Telegram channel, and in which words. Not part of the text's
// versions (saving it does not make an open editor's text stale); a change that a colleague
// made since the form was opened is refused instead of overwritten. A post already sent is
// edited to the new wording by the queue.
export async function saveTelegramSettings(actor: Actor, input: TelegramSettingsInput): Promise<SaveResult> {
  return runSave(async (tx) => {
    const t = await tx.articleTranslation.findUnique({ where: { articleId_locale: { articleId: input.articleId, locale: input.locale } } });
    if (!t) refuse("notFound");
    if ((t.telegramText ?? "") !== input.previous) refuse("conflictUnknown");
    const saved = await tx.articleTranslation.update({ where: { id: t.id }, data: { telegramOff: input.off, telegramText: input.text || null } });
    await recordChange(tx, {
      actorId: actor.id,
      action: "article.telegram_settings",
      entityType: "article",
      entityId: input.articleId,
      locale: input.locale,
      details: { off: input.off, text: input.text },
    });
    if (saved.status === "published") await enqueue(tx, "telegram", { translationId: saved.id });
    return { ok: true as const, id: input.articleId, tags: [] };
  });
}
