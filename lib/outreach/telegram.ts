import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import { articleAddress } from "@/lib/feeds/respond";
import { escapeHtml as escape } from "@/lib/html/escape";
import { articleCoverPicture } from "./cover";
import { callTelegram, isDefinitelyNotSent, telegramConfig } from "./telegram-api";

// Telegram's limits: a caption under a picture, a text message.
const CAPTION_MAX = 1024;
const MESSAGE_MAX = 4096;

type Source = { title: string; lead: string; slug: string; locale: Locale; telegramText: string | null };

// The post as the editor wrote it, or title, lead and link; HTML as the Bot API reads it.
export function telegramPostText(t: Source, max = MESSAGE_MAX): string {
  const url = articleAddress(t.locale, t.slug);
  const own = t.telegramText?.trim();
  const link = `<a href="${escape(url)}">${escape(url)}</a>`;
  if (own) return `${escape(own).slice(0, max - link.length - 2)}\n\n${link}`;
  const head = `<b>${escape(t.title)}</b>`;
  const room = max - head.length - link.length - 4;
  const lead = t.lead.trim().length > room ? `${escape(t.lead.trim().slice(0, Math.max(0, room - 1)))}…` : escape(t.lead.trim());
  return [head, lead, link].filter(Boolean).join("\n\n");
}

// Outputs (kept by the queue, shown in the back office): posted/edited with the message id,
// unchanged, skipped with a reason code, or uncertain: an earlier attempt stopped during the
// call, so whether the post went out is unknown and it is not sent again.
// Brings the channel in line with the text: posts it once published, edits the post after a
// correction, notes a withdrawal. Safe to run again: each run compares with what was posted.
export async function reconcileTelegramPost(translationId: string) {
  const t = await db.articleTranslation.findUnique({ where: { id: translationId }, include: { telegramPost: true } });
  if (!t) return { skipped: "gone" };
  const config = telegramConfig(t.locale);
  if (!config) return { skipped: "unconfigured" };
  const post = t.telegramPost;
  if (!post) {
    if (t.status !== "published" || t.telegramOff) return { skipped: t.telegramOff ? "off" : "notPublished" };
    const photo = (await articleCoverPicture(t.articleId, t.locale))?.src;
    const text = telegramPostText(t, photo ? CAPTION_MAX : MESSAGE_MAX);
    // Claimed before the call: if this server stops during it, nothing sends the post again.
    const claimed = await db.telegramPost.createMany({ data: [{ translationId, chatId: config.chatId, text, photo: !!photo }], skipDuplicates: true });
    if (claimed.count === 0) return { skipped: "claimed" };
    let sent;
    try {
      sent = photo
        ? await callTelegram(config, "sendPhoto", { photo, caption: text, parse_mode: "HTML" })
        : await callTelegram(config, "sendMessage", { text, parse_mode: "HTML", link_preview_options: { is_disabled: false } });
    } catch (error) {
      // Refused or never reached: nothing was posted, so the queue's retry may post it.
      if (isDefinitelyNotSent(error)) await db.telegramPost.delete({ where: { translationId } });
      throw error;
    }
    await db.telegramPost.update({ where: { translationId }, data: { messageId: sent?.message_id ?? null } });
    return { posted: sent?.message_id ?? null, chat: config.chatId };
  }
  if (post.messageId === null) return { uncertain: true };
  const gone = t.status === "withdrawn" || t.status === "unpublished";
  if (!gone && t.status !== "published") return { skipped: "notPublished" };
  const max = post.photo ? CAPTION_MAX : MESSAGE_MAX;
  let text = telegramPostText(t, max);
  if (gone) {
    const note = (await getTranslations({ locale: t.locale, namespace: "ArticlePage" }))("withdrawn");
    text = `<s>${post.text.replace(/<\/?[^>]+>/g, "").slice(0, max - note.length - 20)}</s>\n\n<b>${escape(note)}</b>`;
  }
  if (text === post.text) return { unchanged: post.messageId };
  const common = { message_id: post.messageId, parse_mode: "HTML" };
  await callTelegram(config, post.photo ? "editMessageCaption" : "editMessageText", post.photo ? { ...common, caption: text } : { ...common, text });
  await db.telegramPost.update({ where: { translationId }, data: { text, withdrawn: gone } });
  return { edited: post.messageId, withdrawn: gone };
}
