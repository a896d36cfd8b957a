import "server-only";
import { db } from "@/lib/db";
import { bodyMediaIds } from "@/lib/rich-text/media-ids";
import type { RichText } from "@/lib/rich-text/schema";
import type { Locale } from "@/i18n/routing";
import { toImageData, type MediaImageData } from "./variants";
import { toVideoData, videoInclude, type VideoData } from "./video";

// `download`: where a text offers its photos to journalists, the link to this one's original.
export type BodyMediaItem =
  { type: "image"; image: MediaImageData; download?: { href: string; name: string; label: string } } | { type: "video"; video: VideoData };
export type BodyMedia = Record<string, BodyMediaItem>;

// The library items a body refers to, with their texts in the page's locale. An item
// deleted since simply disappears from the page.
export async function loadBodyMedia(body: RichText, locale: Locale): Promise<BodyMedia> {
  const ids = bodyMediaIds(body.content);
  if (!ids.length) return {};
  const rows = await db.media.findMany({
    where: { id: { in: ids } },
    include: videoInclude(locale),
  });
  const out: BodyMedia = {};
  for (const m of rows) {
    if (m.kind === "image") {
      const image = toImageData(m);
      if (image) out[m.id] = { type: "image", image };
    } else {
      const video = toVideoData(m);
      if (video) out[m.id] = { type: "video", video };
    }
  }
  return out;
}
