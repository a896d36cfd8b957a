import sharp from "sharp";
import { contentTypeOfKey, extensionOfType } from "./keys";
import { writeOriginal, type Credits } from "./original";
import type { MediaStorage } from "./storage-backends";
import { variantWidths, type MediaOriginal, type MediaVariant } from "./variants";

// The one path from bytes to stored media, for uploads and for the seed alike. Not
// server-only for the same reason as storage-backends.ts.

// About 50 megapixels: larger than any camera photo an editor uploads, small enough that
// a crafted "decompression bomb" (a tiny file declaring a huge canvas) is refused unread.
export const MAX_INPUT_PIXELS = 50_000_000;
const RASTER_FORMATS = new Set(["jpeg", "png", "webp", "gif", "avif", "heif", "tiff"]);

export class MediaInputError extends Error {
  constructor(
    readonly code: "not_an_image" | "too_large" | "unsupported_type",
    message: string,
  ) {
    super(message);
    this.name = "MediaInputError";
  }
}

export type StoredMedia = {
  kind: "image" | "file" | "video";
  storageKey: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  variants: MediaVariant[];
  original: MediaOriginal | null;
};

export async function storeImage(storage: MediaStorage, bytes: Buffer, keyBase: string, credits: Credits = { ru: "", en: "" }): Promise<StoredMedia> {
  // Headers only: sharp reads the declared size without decoding a pixel.
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!meta?.format || !RASTER_FORMATS.has(meta.format) || !meta.width || !meta.height)
    throw new MediaInputError("not_an_image", "The file is not a supported image (JPEG, PNG, WebP, GIF, AVIF, HEIF or TIFF).");
  if (meta.width * meta.height > MAX_INPUT_PIXELS)
    throw new MediaInputError("too_large", `The image is ${meta.width}×${meta.height} pixels; the limit is ${MAX_INPUT_PIXELS / 1e6} megapixels.`);
  // autoOrient() applies the EXIF orientation before the metadata (EXIF, GPS, XMP) is
  // dropped: sharp writes none unless asked, so camera and location data never reach the site.
  const oriented = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).autoOrient();
  const variants: MediaVariant[] = [];
  for (const width of variantWidths(meta.autoOrient.width)) {
    const { data, info } = await oriented
      .clone()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 80, effort: 4 })
      .toBuffer({ resolveWithObject: true });
    const key = `${keyBase}-${info.width}.webp`;
    await storage.put(key, data, "image/webp");
    variants.push({ width: info.width, height: info.height, key, mimeType: "image/webp", byteSize: info.size });
  }
  const top = variants.at(-1)!;
  const original = await writeOriginal(storage, bytes, keyBase, credits);
  return { kind: "image", storageKey: top.key, mimeType: top.mimeType, byteSize: top.byteSize, width: top.width, height: top.height, variants, original };
}

// What a downloadable file really is, from its first bytes, cross-checked with its
// extension; the extension alone is never trusted.
export function sniffFileType(bytes: Buffer, fileName: string): string | null {
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  const head = bytes.subarray(0, 8);
  if (head.subarray(0, 5).toString("latin1") === "%PDF-") return ext === "pdf" ? "application/pdf" : null;
  if (head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return ext === "png" ? "image/png" : null;
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return ext === "jpg" || ext === "jpeg" ? "image/jpeg" : null;
  if (head.subarray(0, 4).toString("latin1") === "PK\u0003\u0004" && ["docx", "xlsx", "pptx"].includes(ext)) return contentTypeOfKey(`x.${ext}`);
  if (ext === "svg" && /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(bytes.subarray(0, 2048).toString("utf8"))) return "image/svg+xml";
  return null;
}

// A document or asset kept byte for byte (a PDF, the logo files of the brand book).
export async function storeFile(storage: MediaStorage, bytes: Buffer, fileName: string, keyBase: string): Promise<StoredMedia> {
  const mimeType = sniffFileType(bytes, fileName);
  const ext = mimeType && extensionOfType(mimeType);
  if (!mimeType || !ext)
    throw new MediaInputError("unsupported_type", `${fileName}: only PDF, PNG, JPEG, SVG and Office (docx, xlsx, pptx) files can be attached.`);
  const storageKey = `${keyBase}.${ext}`;
  await storage.put(storageKey, bytes, mimeType);
  return { kind: "file", storageKey, mimeType, byteSize: bytes.length, width: null, height: null, variants: [], original: null };
}

// A video kept byte for byte: browsers play H.264 MP4 and WebM as they are. The seed names
// its type by the extension of a file it ships; uploads detect it from the bytes first.
export async function storeVideo(storage: MediaStorage, bytes: Buffer, fileName: string, keyBase: string): Promise<StoredMedia> {
  const ext = fileName.toLowerCase().endsWith(".mp4") ? "mp4" : "webm";
  const storageKey = `${keyBase}.${ext}`;
  const mimeType = contentTypeOfKey(storageKey);
  await storage.put(storageKey, bytes, mimeType);
  return { kind: "video", storageKey, mimeType, byteSize: bytes.length, width: null, height: null, variants: [], original: null };
}
