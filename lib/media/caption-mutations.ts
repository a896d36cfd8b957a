import "server-only";
import { refuse, refuseField, runSave, type SaveResult } from "@/lib/saving/core";
import { recordChange } from "@/lib/history/record";
import type { Locale } from "@/i18n/routing";
import { isWebVtt, parseCaptions } from "./captions";
import { newKeyBase } from "./keys";
import { mediaStorage, type MediaStorage } from "./storage";
import { discardObjects } from "./upload";
import { findMediaUsages, usageTags } from "./usages";

export type CaptionsInput = { id: string; locale: Locale; file: Buffer | null };

// Sets (a file) or removes (null) one language's captions of a video file. The new file is
// stored before the save and the old one removed after it, so a refused save leaves the
// video as it was and no file behind. Captions do not move the video's version, so the
// card's text form stays current; saves of captions wait for each other on the row's lock.
export async function setVideoCaptions(actorId: string, input: CaptionsInput, storage: MediaStorage = mediaStorage()): Promise<SaveResult> {
  if (input.file && !isWebVtt(input.file)) return { ok: false, fieldErrors: { file: ["captions.format"] } };
  const key = input.file ? `${newKeyBase()}.vtt` : null;
  if (key) await storage.put(key, input.file!, "text/vtt");
  let replaced: string | undefined;
  const result = await runSave(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Media" WHERE id = ${input.id} FOR UPDATE`;
    const row = await tx.media.findUnique({ where: { id: input.id }, select: { kind: true, storageKey: true, captions: true } });
    if (!row) refuse("notFound");
    if (row.kind !== "video" || !row.storageKey) refuseField("file", "captions.noFile");
    const captions = parseCaptions(row.captions);
    replaced = captions[input.locale];
    if (key) captions[input.locale] = key;
    else delete captions[input.locale];
    await tx.media.update({ where: { id: input.id }, data: { captions } });
    await recordChange(tx, {
      actorId,
      action: "media.captions",
      entityType: "media",
      entityId: input.id,
      locale: input.locale,
      details: { locale: input.locale, removed: !key },
    });
    return { ok: true as const, id: input.id, tags: usageTags(await findMediaUsages(tx, input.id)) };
  });
  await discardObjects(
    [result.ok ? replaced : key].filter((k): k is string => !!k),
    storage,
  );
  return result;
}
