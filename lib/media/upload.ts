import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { DOCUMENT_MAX_BYTES, IMAGE_MAX_BYTES, VIDEO_MAX_BYTES } from "@/lib/zod/media";
import { contentTypeOfKey, newKeyBase } from "./keys";
import type { Credits } from "./original";
import { MediaInputError, storeImage, storeVideo, type StoredMedia } from "./pipeline";
import { mediaStorage, type MediaStorage } from "./storage";

// Checks an uploaded file and stores it. Neither the declared MIME type nor the file name
// is trusted: the type comes from the bytes, the name is only remembered for downloads.

export const ORIGINAL_NAME_MAX = 200;

export type UploadErrorKey = "upload.empty" | "upload.tooLarge" | "upload.type" | "upload.dimensions" | "upload.corrupt" | "upload.videoCodec";

export class UploadError extends Error {
  constructor(readonly key: UploadErrorKey) {
    super(key);
    this.name = "UploadError";
  }
}

export type StoredUpload = StoredMedia & { originalName: string; keys: string[] };

// Raster formats re-encoded by the pipeline (an APNG is a PNG to sharp).
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/apng", "image/webp", "image/avif"]);
const DOCUMENT_TYPES = new Set([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
]);
// Old binary Office files share one container format (CFB), which also holds other
// things (MSI installers, Outlook messages); only the extension tells them apart.
const LEGACY_OFFICE = new Set(["doc", "xls", "ppt"]);

// Control characters and bidirectional overrides can make "gpj.exe" read as "exe.jpg".
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function safeOriginalName(name: string): string {
  const base = name.normalize("NFC").replace(UNSAFE_CHARS, "").split(/[\\/]/).pop() ?? "";
  return Array.from(base.replace(/^[\s.]+/, "").trim())
    .slice(0, ORIGINAL_NAME_MAX)
    .join("");
}

type Detected = { kind: "image" } | { kind: "file" | "video"; mimeType: string; ext: string };

// What every browser plays: H.264 in MP4 (its sample entry is "avc1" or "avc3", in the
// movie header at the start or the end of the file; the brands of the leading "ftyp" box
// say nothing of the codec, so they are skipped) and WebM. HEVC and others are refused.
const isH264 = (bytes: Buffer) => {
  const boxes = bytes.subarray(bytes.readUInt32BE(0));
  return boxes.includes("avc1") || boxes.includes("avc3");
};
const MAX_BYTES = { image: IMAGE_MAX_BYTES, file: DOCUMENT_MAX_BYTES, video: VIDEO_MAX_BYTES };

export async function detectUpload(bytes: Buffer, originalName: string): Promise<Detected> {
  const found = await fileTypeFromBuffer(bytes);
  if (found && IMAGE_TYPES.has(found.mime)) return { kind: "image" };
  if (found && DOCUMENT_TYPES.has(found.mime)) return { kind: "file", mimeType: found.mime, ext: found.ext };
  if (found?.mime === "video/webm") return { kind: "video", mimeType: "video/webm", ext: "webm" };
  if (found?.mime === "video/mp4") {
    if (!isH264(bytes)) throw new UploadError("upload.videoCodec");
    return { kind: "video", mimeType: "video/mp4", ext: "mp4" };
  }
  const ext = originalName.toLowerCase().split(".").pop() ?? "";
  if (found?.ext === "cfb" && LEGACY_OFFICE.has(ext)) return { kind: "file", mimeType: contentTypeOfKey(`x.${ext}`), ext };
  throw new UploadError("upload.type");
}

// Remembers what was written, so a failure halfway (a corrupt second variant, a full
// disk, a database error after the upload) can remove every object of this upload.
function recording(storage: MediaStorage): MediaStorage & { written: string[]; failed: boolean } {
  const written: string[] = [];
  const target = {
    written,
    failed: false,
    put: async (key: string, bytes: Buffer, contentType: string) => {
      written.push(key);
      await storage.put(key, bytes, contentType).catch((error: unknown) => {
        target.failed = true;
        throw error;
      });
    },
    get: (key: string) => storage.get(key),
    head: (key: string) => storage.head(key),
    delete: (key: string) => storage.delete(key),
  };
  return target;
}

export async function discardObjects(keys: string[], storage: MediaStorage = mediaStorage()): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
  for (const r of results) if (r.status === "rejected") console.error("media: could not remove an object", r.reason);
}

// What arrived: the name the browser gave and the bytes, read under UPLOAD_MAX_BYTES.
export type Upload = { name: string; bytes: Buffer };

export async function storeUpload({ name, bytes }: Upload, storage: MediaStorage = mediaStorage(), credits?: Credits): Promise<StoredUpload> {
  if (bytes.length === 0) throw new UploadError("upload.empty");
  if (bytes.length > VIDEO_MAX_BYTES) throw new UploadError("upload.tooLarge");
  const originalName = safeOriginalName(name);
  const detected = await detectUpload(bytes, originalName);
  if (bytes.length > MAX_BYTES[detected.kind]) throw new UploadError("upload.tooLarge");
  const target = recording(storage);
  const keyBase = newKeyBase();
  try {
    let stored: StoredMedia;
    if (detected.kind === "image") stored = await storeImage(target, bytes, keyBase, credits);
    else if (detected.kind === "video") stored = await storeVideo(target, bytes, `x.${detected.ext}`, keyBase);
    else {
      const storageKey = `${keyBase}.${detected.ext}`;
      await target.put(storageKey, bytes, detected.mimeType);
      stored = { kind: "file", storageKey, mimeType: detected.mimeType, byteSize: bytes.length, width: null, height: null, variants: [], original: null };
    }
    return { ...stored, originalName, keys: [...target.written] };
  } catch (error) {
    await discardObjects(target.written, storage);
    if (error instanceof MediaInputError) throw new UploadError(error.code === "too_large" ? "upload.dimensions" : "upload.corrupt");
    // Anything else thrown for an image is sharp failing to decode it (a truncated or
    // malformed file); a storage failure stays a server error.
    if (detected.kind === "image" && !target.failed) throw new UploadError("upload.corrupt");
    throw error;
  }
}
