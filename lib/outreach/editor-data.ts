import "server-only";
import { db } from "@/lib/db";
import { htmlToText } from "@/lib/html/escape";
import { telegramConfig } from "./telegram-api";
import { telegramPostText } from "./telegram";

export type OutreachState = {
  // Scheduled under an embargo still in force: the time for advance copies.
  embargoed: boolean;
  telegram: { configured: boolean; off: boolean; text: string; preview: string; messageId: number | null };
  // Verified journalists who read this language, and advance copies already sent of this text.
  advance: { recipients: number; sent: number };
};

// What the editor's outreach panel shows for one language of a text.
export async function getOutreachState(articleId: string, locale: "ru" | "en"): Promise<OutreachState | null> {
  const t = await db.articleTranslation.findUnique({ where: { articleId_locale: { articleId, locale } }, include: { telegramPost: true } });
  if (!t) return null;
  const [recipients, sent] = await Promise.all([
    db.journalist.count({ where: { verifiedAt: { not: null }, locales: { has: locale } } }),
    db.mailDelivery.count({ where: { kind: "advance", key: { endsWith: `:${t.id}:${t.version}` }, sentAt: { not: null } } }),
  ]);
  return {
    embargoed: t.status === "scheduled" && !!t.embargoUntil && t.embargoUntil > new Date(),
    telegram: {
      configured: telegramConfig(locale) !== null,
      off: t.telegramOff,
      text: t.telegramText ?? "",
      // Shown as the channel will: tags applied, entities back to characters ("R&D", «quotes»).
      preview: htmlToText(telegramPostText({ ...t, telegramText: null })),
      messageId: t.telegramPost?.messageId ?? null,
    },
    advance: { recipients, sent },
  };
}
