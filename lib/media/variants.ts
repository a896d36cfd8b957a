// Responsive image variants: pure helpers shared by the upload pipeline, the server
// components and the client viewer (no Node or server imports here).

// Widths produced on upload: a list thumbnail, a content column, a full-screen view.
export const IMAGE_WIDTHS = [480, 960, 1600] as const;

export type MediaVariant = { width: number; height: number; key: string; mimeType: string; byteSize: number };

// The public URL of a stored object; each key segment is encoded on its own.
export function mediaUrl(key: string): string {
  return `/media/${key.split("/").map(encodeURIComponent).join("/")}`;
}

// The widths to produce for an image `originalWidth` pixels wide: never upscaled, and
// an image narrower than the largest width keeps its own width as the top variant.
export function variantWidths(originalWidth: number, widths: readonly number[] = IMAGE_WIDTHS): number[] {
  const below = widths.filter((w) => w < originalWidth);
  const top = Math.min(originalWidth, Math.max(...widths));
  return [...new Set([...below, top])].sort((a, b) => a - b);
}

// Variants from a JSON column, dropping anything malformed, narrowest first.
export function parseVariants(value: unknown): MediaVariant[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (v): v is MediaVariant =>
        !!v && typeof v === "object" && typeof v.key === "string" && Number.isInteger(v.width) && Number.isInteger(v.height) && v.width > 0 && v.height > 0,
    )
    .map((v) => ({ width: v.width, height: v.height, key: v.key, mimeType: String(v.mimeType ?? "image/webp"), byteSize: Number(v.byteSize ?? 0) }))
    .sort((a, b) => a.width - b.width);
}

export function srcSet(variants: MediaVariant[]): string {
  return [...variants]
    .sort((a, b) => a.width - b.width)
    .map((v) => `${mediaUrl(v.key)} ${v.width}w`)
    .join(", ");
}

// The narrowest variant at least `width` pixels wide, or the widest there is.
export function pickVariant(variants: MediaVariant[], width: number): MediaVariant | undefined {
  const sorted = [...variants].sort((a, b) => a.width - b.width);
  return sorted.find((v) => v.width >= width) ?? sorted.at(-1);
}

export type ImageAttributes = { src: string; srcSet: string; sizes: string; width: number; height: number };

// Attributes for an <img>: `fallbackWidth` picks the `src` for browsers without srcset, and
// width/height keep the aspect ratio so the page does not shift while the image loads.
export function imageAttributes(variants: MediaVariant[], sizes: string, fallbackWidth = 960): ImageAttributes | null {
  const fallback = pickVariant(variants, fallbackWidth);
  if (!fallback) return null;
  return { src: mediaUrl(fallback.key), srcSet: srcSet(variants), sizes, width: fallback.width, height: fallback.height };
}

// The full-size copy journalists download (lib/media/original.ts), where one was kept.
export type OriginalDownload = { key: string; url: string; mimeType: string; width: number; height: number; byteSize: number };

// An image as pages receive it: variants plus the texts in the page's locale.
export type MediaImageData = {
  id: string;
  variants: MediaVariant[];
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  original: OriginalDownload | null;
};

// Rows whose variants were lost still show their stored object as the one variant.
export function imageVariants(row: {
  storageKey: string | null;
  mimeType: string;
  width: number | null;
  height: number | null;
  byteSize: number;
  variants: unknown;
}): MediaVariant[] {
  const variants = parseVariants(row.variants);
  if (variants.length > 0 || !row.storageKey || !row.width || !row.height) return variants;
  return [{ key: row.storageKey, width: row.width, height: row.height, mimeType: row.mimeType, byteSize: row.byteSize }];
}

type ImageRow = Parameters<typeof imageVariants>[0] & {
  id: string;
  kind: string;
  original?: unknown;
  translations: { alt: string; caption: string; credit: string }[];
};

// The stored original of an image (lib/media/original.ts writes it), or null when there is none.
export type MediaOriginal = { key: string; mimeType: "image/jpeg" | "image/png"; width: number; height: number; byteSize: number };

export function parseOriginal(value: unknown): MediaOriginal | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const ok =
    typeof v.key === "string" && (v.mimeType === "image/jpeg" || v.mimeType === "image/png") && [v.width, v.height, v.byteSize].every(Number.isInteger);
  return ok ? (v as MediaOriginal) : null;
}

function originalDownload(value: unknown): OriginalDownload | null {
  const original = parseOriginal(value);
  return original && { ...original, url: mediaUrl(original.key) };
}

// A Media row with its translation for one locale, as the data an <img> needs; null when
// the row is not an image or has nothing to show.
export function toImageData(m: ImageRow): MediaImageData | null {
  const variants = imageVariants(m);
  const top = variants.at(-1);
  if (m.kind !== "image" || !top) return null;
  const t = m.translations[0];
  return {
    id: m.id,
    variants,
    width: top.width,
    height: top.height,
    alt: t?.alt ?? "",
    caption: t?.caption ?? "",
    credit: t?.credit ?? "",
    original: originalDownload(m.original),
  };
}
