import "server-only";
import type { PublicationStatus } from "@/generated/prisma/client";
import { can } from "@/lib/auth/roles";
import { tags } from "@/lib/cache-tags";
import { type Actor, refusal, refuse, refuseField, runSave, type SaveResult, writeRecord } from "@/lib/saving/core";
import { recordFormSave } from "@/lib/history/record";
import { routes } from "@/lib/routes";
import { locales } from "@/i18n/routing";
import type { AlbumInput } from "@/lib/zod/gallery";
import { checkAlbumMedia, writeAlbumTranslations, type StoredTranslation } from "./album-parts";
import { claimAlbumSlugs, keepOldAlbumSlugs } from "./album-slugs";

export async function saveAlbum(actor: Actor, input: AlbumInput): Promise<SaveResult> {
  const result = await runSave(async (tx) => {
    const before = input.id
      ? await tx.galleryAlbum.findUnique({
          where: { id: input.id },
          select: { translations: { select: { locale: true, slug: true, status: true, publishedAt: true } } },
        })
      : null;
    if (input.id && !before) refuse("notFound");
    const stored = before?.translations ?? [];
    checkStatusChange(actor, stored, input);
    const released = await claimAlbumSlugs(tx, input.id, input);
    await checkAlbumMedia(tx, input);

    const data = { takenAt: input.takenAt, coverId: input.coverId };
    const { id, version } = await writeRecord(tx, tx.galleryAlbum, input, data, "gallery_album");
    await writeAlbumTranslations(tx, id, stored, input.translations);
    const movedFrom = await keepOldAlbumSlugs(tx, id, stored, input);
    const moved = Object.keys(movedFrom).length > 0;
    // Positions follow the order the form sent; the whole list is rewritten so that a
    // removed picture disappears and the rest close the gap.
    await tx.galleryItem.deleteMany({ where: { albumId: id } });
    await tx.galleryItem.createMany({ data: input.items.map((mediaId, position) => ({ albumId: id, mediaId, position })) });

    const snapshot = { takenAt: input.takenAt?.toISOString() ?? null, coverId: input.coverId, items: input.items, translations: input.translations };
    await recordFormSave(tx, actor.id, input.id, {
      entityType: "gallery_album",
      entityId: id,
      version,
      snapshot,
      ...(moved ? { details: { movedFrom } } : {}),
    });
    return { ok: true, id, version, tags: [tags.gallery, tags.page(routes.gallery), ...(moved || released > 0 ? [tags.redirects] : [])] };
  });
  // Two editors claiming the same slug at the same moment: the database decides.
  return result.fieldErrors?.slug ? refusal("slugTaken") : result;
}

// Publishing or unpublishing a translation (and deleting a published one) needs content.publish.
function checkStatusChange(actor: Actor, stored: StoredTranslation[], input: AlbumInput) {
  if (can(actor.role, "content.publish")) return;
  for (const locale of locales) {
    const was: PublicationStatus = stored.find((t) => t.locale === locale)?.status ?? "draft";
    const will: PublicationStatus = input.translations[locale]?.status ?? "draft";
    if (was !== will) refuseField(`translations.${locale}.status`, "publishForbidden");
  }
}
