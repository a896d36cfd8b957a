import "server-only";
import { db } from "@/lib/db";
import { bodyMediaIds } from "@/lib/rich-text/media-ids";
import type { RichText } from "@/lib/rich-text/schema";
import type { Locale } from "@/i18n/routing";
import { mediaUrl, toImageData, type MediaImageData } from "./variants";

export type BodyMediaItem = { type: "image"; image: MediaImageData } | { type: "video"; url: string; title: string; external: boolean };
export type BodyMedia = Record<string, BodyMediaItem>;

// The library items a body refers to, with their texts in the page's locale. An item
// deleted since simply disappears from the page.
export async function loadBodyMedia(body: RichText, locale: Locale): Promise<BodyMedia> {
  const ids = bodyMediaIds(body.content);
  if (!ids.length) return {};
  const rows = await db.media.findMany({ where: { id: { in: ids } }, include: { translations: { where: { locale } } } });
  const out: BodyMedia = {};
  for (const m of rows) {
    if (m.kind === "image") {
      const image = toImageData(m);
      if (image) out[m.id] = { type: "image", image };
    } else if (m.kind === "video" && (m.externalUrl || m.storageKey)) {
      const title = m.translations[0]?.caption || m.translations[0]?.alt || m.originalName;
      out[m.id] = { type: "video", url: m.externalUrl ?? mediaUrl(m.storageKey!), title, external: !!m.externalUrl };
    }
  }
  return out;
}
