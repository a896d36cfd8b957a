import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { MediaListQuery, MediaPickerQuery } from "@/lib/zod/media";
import type { Locale } from "@/i18n/routing";
import { parseCaptions, type CaptionKeys } from "./captions";
import { findMediaUsages, type MediaUsage } from "./usages";
import { imageVariants, mediaUrl, pickVariant } from "./variants";

export const MEDIA_PAGE_SIZE = 24;
export const PICKER_PAGE_SIZE = 12;

type Localized = { ru: string; en: string };
export type MediaFieldValue = { id: string; url: string; alt: Localized };
export type PickerImage = MediaFieldValue & { width: number; height: number };

const rowSelect = {
  id: true,
  kind: true,
  mimeType: true,
  originalName: true,
  byteSize: true,
  width: true,
  height: true,
  storageKey: true,
  variants: true,
  createdAt: true,
  externalUrl: true,
  translations: { select: { locale: true, alt: true, caption: true, credit: true } },
} satisfies Prisma.MediaSelect;
type Row = Prisma.MediaGetPayload<{ select: typeof rowSelect }>;

const localized = (row: Row, field: "alt" | "caption" | "credit"): Localized => ({
  ru: row.translations.find((t) => t.locale === "ru")?.[field] ?? "",
  en: row.translations.find((t) => t.locale === "en")?.[field] ?? "",
});

// What the library and the edit page both show of a file.
const fileFacts = (row: Row) => ({
  mimeType: row.mimeType,
  originalName: row.originalName,
  byteSize: row.byteSize,
  width: row.width,
  height: row.height,
  createdAt: row.createdAt,
});

// The URL of the variant closest to `width`, for thumbnails and previews of images.
const imageUrl = (row: Row, width: number) => {
  const variant = row.kind === "image" ? pickVariant(imageVariants(row), width) : undefined;
  return variant ? mediaUrl(variant.key) : null;
};

function searchWhere(q: string | undefined): Prisma.MediaWhereInput {
  if (!q) return {};
  const contains = { contains: q, mode: "insensitive" as const };
  return { OR: [{ originalName: contains }, { translations: { some: { alt: contains } } }] };
}

// One page of the library, newest first; a page past the end shows the last one.
async function mediaPage(where: Prisma.MediaWhereInput, asked: number, size: number) {
  const total = await db.media.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(asked, pageCount);
  const rows = await db.media.findMany({
    where,
    select: rowSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * size,
    take: size,
  });
  return { rows, total, page, pageCount };
}

export async function listMedia(query: MediaListQuery) {
  const where: Prisma.MediaWhereInput = {
    AND: [
      searchWhere(query.q),
      query.kind ? { kind: query.kind } : {},
      // Only images need alt text; a translation row with an empty alt counts as missing.
      query.missingAlt ? { kind: "image", translations: { none: { locale: query.missingAlt, alt: { not: "" } } } } : {},
    ],
  };
  const { rows, total, page, pageCount } = await mediaPage(where, query.page, MEDIA_PAGE_SIZE);
  const items = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    ...fileFacts(row),
    thumbUrl: imageUrl(row, 480),
    alt: localized(row, "alt"),
  }));
  return { items, total, page, pageCount };
}
export type MediaListItem = Awaited<ReturnType<typeof listMedia>>["items"][number];

export async function getMediaForEdit(id: string) {
  const row = await db.media.findUnique({
    where: { id },
    select: { ...rowSelect, version: true, posterId: true, captions: true, createdById: true, createdBy: { select: { name: true } } },
  });
  if (!row) return null;
  const usages: MediaUsage[] = await findMediaUsages(db, id);
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    ...fileFacts(row),
    createdBy: row.createdBy?.name ?? null,
    createdById: row.createdById,
    posterId: row.posterId,
    captions: Object.fromEntries(Object.entries(parseCaptions(row.captions)).map(([l, key]) => [l, mediaUrl(key)])) as CaptionKeys,
    previewUrl: imageUrl(row, 960),
    fileUrl: row.storageKey ? mediaUrl(row.storageKey) : null,
    texts: {
      ru: { alt: localized(row, "alt").ru, caption: localized(row, "caption").ru, credit: localized(row, "credit").ru },
      en: { alt: localized(row, "alt").en, caption: localized(row, "caption").en, credit: localized(row, "credit").en },
    },
    usages,
  };
}
export type MediaForEdit = NonNullable<Awaited<ReturnType<typeof getMediaForEdit>>>;

function toPickerImage(row: Row): PickerImage | null {
  const variants = imageVariants(row);
  const thumb = pickVariant(variants, 480);
  const top = variants.at(-1);
  if (!thumb || !top) return null;
  return { id: row.id, url: mediaUrl(thumb.key), width: row.width ?? top.width, height: row.height ?? top.height, alt: localized(row, "alt") };
}

// Images only, newest first, for the picker dialog of the editors.
export async function listPickerImages(query: MediaPickerQuery) {
  const where: Prisma.MediaWhereInput = { kind: "image", ...searchWhere(query.q) };
  const { rows, page, pageCount } = await mediaPage(where, query.page, PICKER_PAGE_SIZE);
  return { items: rows.map(toPickerImage).filter((i): i is PickerImage => i !== null), page, pageCount };
}

// The defaultValue of <MediaField> for an editor's page: null when unset, missing or not an image.
export async function mediaFieldValue(id: string | null): Promise<MediaFieldValue | null> {
  if (!id) return null;
  const row = await db.media.findUnique({ where: { id }, select: rowSelect });
  const image = row && row.kind === "image" ? toPickerImage(row) : null;
  return image && { id: image.id, url: image.url, alt: image.alt };
}

// The videos of the library for the text editor's and the album editor's "add a video".
export async function videoOptions(locale: Locale) {
  const rows = await db.media.findMany({
    where: { kind: "video" },
    include: { translations: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  // Named in the back office's language where the video has a title in it, else in the other.
  const title = (m: (typeof rows)[number]) =>
    [...m.translations].sort((a, b) => Number(b.locale === locale) - Number(a.locale === locale)).find((t) => t.caption || t.alt);
  return rows.map((m) => ({ id: m.id, label: title(m)?.caption || title(m)?.alt || m.originalName || m.id }));
}
