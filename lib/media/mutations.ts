import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { refuse, refuseField, refuseStale, runSave, type SaveResult } from "@/lib/saving/core";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache-tags";
import { recordChange } from "@/lib/history/record";
import type { MediaTextInput, VideoLinkInput } from "@/lib/zod/media";
import { videoEmbed } from "./video-embed";
import { mediaStorage, type MediaStorage } from "./storage";
import { discardObjects, storeUpload, UploadError, type StoredUpload, type Upload } from "./upload";
import { findMediaUsages, usageTags } from "./usages";
import { recreditOriginal } from "./original";
import { parseOriginal, parseVariants, type MediaOriginal } from "./variants";
import { locales } from "@/i18n/routing";

export type MediaText = { alt: string; caption: string; credit: string };
export type MediaTexts = { ru: MediaText; en: MediaText };

const translationRows = (texts: MediaTexts) => locales.map((locale) => ({ locale, ...texts[locale] }));

export function textsFromInput(input: Omit<MediaTextInput, "id" | "version">): MediaTexts {
  return {
    ru: { alt: input.altRu, caption: input.captionRu, credit: input.creditRu },
    en: { alt: input.altEn, caption: input.captionEn, credit: input.creditEn },
  };
}

// The Media row of an upload already stored, its texts in both locales and the audit entry.
export async function createMedia(actorId: string, stored: StoredUpload, texts: MediaTexts): Promise<SaveResult> {
  const { kind, storageKey, mimeType, byteSize, width, height, variants, original, originalName } = stored;
  return runSave(async (tx) => {
    const row = await tx.media.create({
      data: {
        kind,
        storageKey,
        mimeType,
        byteSize,
        width,
        height,
        variants,
        original: original ?? Prisma.DbNull,
        originalName,
        createdById: actorId,
        translations: { create: translationRows(texts) },
      },
    });
    await recordChange(tx, {
      actorId,
      action: "media.upload",
      entityType: "media",
      entityId: row.id,
      version: row.version,
      snapshot: { originalName: row.originalName, texts },
      details: { originalName: row.originalName, mimeType: row.mimeType, byteSize: row.byteSize },
    });
    return { ok: true as const, id: row.id, version: row.version, tags: [tags.media] };
  });
}

// A hosted video: only its address and titles are kept; the player loads from the host.
export async function createVideoLink(actorId: string, input: VideoLinkInput): Promise<SaveResult> {
  const embed = videoEmbed(input.url);
  if (!embed) return { ok: false, fieldErrors: { url: ["video.host"] } };
  const texts = { ru: input.titleRu, en: input.titleEn };
  return runSave(async (tx) => {
    const row = await tx.media.create({
      data: {
        kind: "video",
        externalUrl: embed.watchUrl,
        mimeType: "text/html",
        originalName: embed.watchUrl,
        createdById: actorId,
        translations: { create: locales.map((locale) => ({ locale, alt: texts[locale], caption: texts[locale] })) },
      },
    });
    await recordChange(tx, {
      actorId,
      action: "media.link",
      entityType: "media",
      entityId: row.id,
      version: row.version,
      snapshot: { originalName: row.originalName, texts },
      details: { url: embed.watchUrl, host: embed.host },
    });
    return { ok: true as const, id: row.id, version: row.version, tags: [tags.media] };
  });
}

// Stores the file, then records it; if recording fails, the stored objects are removed
// so no file is left without its row.
export async function createMediaFromUpload(actorId: string, file: Upload, texts: MediaTexts, storage: MediaStorage = mediaStorage()): Promise<SaveResult> {
  let stored: StoredUpload;
  try {
    stored = await storeUpload(file, storage, { ru: texts.ru.credit, en: texts.en.credit });
  } catch (error) {
    if (error instanceof UploadError) return { ok: false, fieldErrors: { file: [error.key] } };
    throw error;
  }
  try {
    return await createMedia(actorId, stored, texts);
  } catch (error) {
    await discardObjects(stored.keys, storage);
    throw error;
  }
}

export async function updateMediaText(actorId: string, input: MediaTextInput, storage: MediaStorage = mediaStorage()): Promise<SaveResult> {
  const texts = textsFromInput(input);
  let recredit: MediaOriginal | null = null;
  const result = await runSave(async (tx) => {
    const before = await tx.media.findUnique({ where: { id: input.id }, select: { original: true, translations: { select: { locale: true, credit: true } } } });
    const credited = (l: "ru" | "en") => before?.translations.find((t) => t.locale === l)?.credit ?? "";
    if (texts.ru.credit !== credited("ru") || texts.en.credit !== credited("en")) recredit = parseOriginal(before?.original);
    if (input.posterId && !(await tx.media.count({ where: { id: input.posterId, kind: "image" } }))) refuseField("posterId", "invalid");
    const poster = input.posterId === undefined ? {} : { posterId: input.posterId };
    const { count } = await tx.media.updateMany({ where: { id: input.id, version: input.version }, data: { version: { increment: 1 }, ...poster } });
    if (count === 0) {
      if (!(await tx.media.count({ where: { id: input.id } }))) refuse("notFound");
      await refuseStale(tx, { entityType: "media", entityId: input.id });
    }
    for (const { locale, ...text } of translationRows(texts)) {
      await tx.mediaTranslation.upsert({
        where: { mediaId_locale: { mediaId: input.id, locale } },
        create: { mediaId: input.id, locale, ...text },
        update: text,
      });
    }
    const saved = await tx.media.findUniqueOrThrow({ where: { id: input.id }, select: { version: true, originalName: true } });
    await recordChange(tx, {
      actorId,
      action: "media.update",
      entityType: "media",
      entityId: input.id,
      version: saved.version,
      snapshot: { originalName: saved.originalName, texts },
    });
    return { ok: true as const, id: input.id, version: saved.version, tags: usageTags(await findMediaUsages(tx, input.id)) };
  });
  if (result.ok && recredit) await writeCredits(input.id, recredit, texts, storage);
  return result;
}

// The original's file carries its credit, so a new credit writes the file again (storage is
// not transactional: after the save, which stands whatever happens here).
async function writeCredits(id: string, original: MediaOriginal, texts: MediaTexts, storage: MediaStorage) {
  const next = await recreditOriginal(storage, original, { ru: texts.ru.credit, en: texts.en.credit });
  if (next) await db.media.updateMany({ where: { id, original: { equals: original } }, data: { original: next } });
}

// Deletes a media item nobody uses; a used one is refused, naming the first place it is used.
// `onlyOwn`: the actor may delete only what they uploaded (an author; editors may delete any).
export async function deleteMedia(
  actorId: string,
  input: { id: string },
  storage: MediaStorage = mediaStorage(),
  { onlyOwn = false } = {},
): Promise<SaveResult> {
  let keys: string[] = [];
  const result = await runSave(async (tx) => {
    // Locking the row makes a concurrent "set as cover" wait for this transaction and
    // then fail on the missing row, instead of pointing at a deleted file.
    const locked = await tx.$queryRaw<{ id: string; createdById: string | null }[]>`SELECT id, "createdById" FROM "Media" WHERE id = ${input.id} FOR UPDATE`;
    if (locked.length === 0) refuse("notFound");
    if (onlyOwn && locked[0]!.createdById !== actorId) refuse("auth.forbidden");
    const usages = await findMediaUsages(tx, input.id);
    const first = usages[0];
    if (first) refuse(`media.inUse.${first.type}`, { title: first.title || "—", count: usages.length });
    const row = await tx.media.delete({ where: { id: input.id } });
    await recordChange(tx, {
      actorId,
      action: "media.delete",
      entityType: "media",
      entityId: row.id,
      details: { originalName: row.originalName, mimeType: row.mimeType, storageKey: row.storageKey },
    });
    keys = [...new Set([row.storageKey, parseOriginal(row.original)?.key, ...parseVariants(row.variants).map((v) => v.key)])].filter((k): k is string => !!k);
    return { ok: true as const, id: row.id, version: row.version, tags: [tags.media] };
  });
  // Files go only after the row is gone for good; a leftover file is harmless, a row
  // pointing at a missing file is not.
  if (result.ok) await discardObjects(keys, storage);
  return result;
}
