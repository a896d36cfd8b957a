import { z } from "zod";
import { blank, pageParam } from "@/lib/query-params";
import { locales } from "@/i18n/routing";
import { videoEmbed } from "@/lib/media/video-embed";

// Inputs of the media library. Messages are keys of the AdminErrors namespace.
export const mediaKinds = ["image", "file", "video"] as const;

// Size limits, here so the form can refuse an oversized file before sending it.
export const IMAGE_MAX_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_MAX_BYTES = 30 * 1024 * 1024;
export const VIDEO_MAX_BYTES = 100 * 1024 * 1024;
// The largest upload of any kind; each kind's own limit is checked once its type is known.
export const UPLOAD_MAX_BYTES = VIDEO_MAX_BYTES;

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });
const alt = text(500);
const caption = text(2000);
const credit = text(300);

// The file's type is checked from its bytes on the server (lib/media/upload.ts); here only that
// one was sent and its size. `file` is the browser's File in the form, and the name and size of
// what arrived on the server (app/admin/(panel)/media/upload/route.ts).
export const mediaUploadSchema = z.object({
  file: z
    .object({ name: z.string(), size: z.number() }, { error: "required" })
    .refine((f) => f.size > 0 || f.name !== "", { error: "required" })
    .refine((f) => f.size <= UPLOAD_MAX_BYTES, { error: "upload.tooLarge" }),
  altRu: alt,
  altEn: alt,
  captionRu: caption,
  captionEn: caption,
});

// One language's captions of a video file: a WebVTT file to set, or "remove".
export const captionsSchema = z.object({
  id,
  locale: z.enum(locales),
  remove: z.string().transform((v) => v === "1"),
});

// A video hosted on Rutube, VK Video or YouTube, added to the library by its address.
export const videoLinkSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(500, { error: "tooLong" })
    .refine((v) => videoEmbed(v) !== null, { error: "video.host" }),
  titleRu: caption,
  titleEn: caption,
});
export type VideoLinkInput = z.infer<typeof videoLinkSchema>;

export const mediaTextSchema = z.object({
  id,
  version: z.coerce.number().int().min(1),
  altRu: alt,
  altEn: alt,
  captionRu: caption,
  captionEn: caption,
  creditRu: credit,
  creditEn: credit,
  // A video's poster (an image of the library); "" removes it; absent for other kinds.
  posterId: z
    .string()
    .max(64)
    .transform((v) => v || null)
    .optional(),
});

export const mediaDeleteSchema = z.object({ id });

// Query string of the list page; a bad value falls back to its default.
export const mediaListQuerySchema = z.object({
  q: z.preprocess(blank, z.string().trim().max(200).optional()).catch(undefined),
  kind: z.preprocess(blank, z.enum(mediaKinds).optional()).catch(undefined),
  missingAlt: z.preprocess(blank, z.enum(locales).optional()).catch(undefined),
  page: pageParam(10_000).catch(1),
});

export function parseMediaListQuery(params: Record<string, unknown>): MediaListQuery {
  return mediaListQuerySchema.safeParse(params).data ?? { page: 1 };
}

export const mediaPickerQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type MediaUploadInput = z.infer<typeof mediaUploadSchema>;
export type MediaTextInput = z.infer<typeof mediaTextSchema>;
export type MediaListQuery = z.infer<typeof mediaListQuerySchema>;
export type MediaPickerQuery = z.infer<typeof mediaPickerQuerySchema>;
