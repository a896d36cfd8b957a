import { imageAttributes, mediaUrl, toImageData, type ImageAttributes } from "./variants";
import { videoEmbed, type VideoEmbed } from "./video-embed";
import { parseCaptions } from "./captions";
import type { Locale } from "@/i18n/routing";

// A video as pages receive it: a file of the library played by the browser, or a hosted one
// whose player loads on a click. Pure, like variants.ts.
type Common = { id: string; title: string; poster: (ImageAttributes & { alt: string }) | null; durationSec: number | null };
export type VideoData = Common &
  ({ kind: "file"; url: string; mimeType: string; captions: { locale: Locale; url: string }[] } | ({ kind: "embed" } & VideoEmbed));

type PosterRow = Parameters<typeof toImageData>[0];

// What a query includes with a Media row for toVideoData: its texts and its poster's, in one locale.
export const videoInclude = (locale: Locale) =>
  ({ translations: { where: { locale } }, poster: { include: { translations: { where: { locale } } } } }) as const;
type VideoRow = {
  id: string;
  kind: string;
  storageKey: string | null;
  externalUrl: string | null;
  mimeType: string;
  durationSec: number | null;
  originalName: string;
  translations: { alt: string; caption: string }[];
  poster?: PosterRow | null;
  captions?: unknown;
};

// Null for a video with nothing to play yet (neither a file nor a known host's address).
export function toVideoData(m: VideoRow): VideoData | null {
  if (m.kind !== "video") return null;
  const t = m.translations[0];
  const image = m.poster ? toImageData(m.poster) : null;
  const attrs = image && imageAttributes(image.variants, "(min-width: 1024px) 768px, 100vw", 960);
  const common: Common = {
    id: m.id,
    title: t?.caption || t?.alt || m.originalName,
    poster: attrs ? { ...attrs, alt: image!.alt } : null,
    durationSec: m.durationSec,
  };
  if (m.storageKey) {
    const captions = Object.entries(parseCaptions(m.captions)).map(([locale, key]) => ({ locale: locale as Locale, url: mediaUrl(key) }));
    return { ...common, kind: "file", url: mediaUrl(m.storageKey), mimeType: m.mimeType, captions };
  }
  const embed = m.externalUrl ? videoEmbed(m.externalUrl) : null;
  return embed ? { ...common, kind: "embed", ...embed } : null;
}
