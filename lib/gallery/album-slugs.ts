import "server-only";
import type { Locale, Prisma, PublicationStatus } from "@/generated/prisma/client";
import { refuseField } from "@/lib/saving/core";
import { locales } from "@/i18n/routing";
import type { AlbumInput } from "@/lib/zod/gallery";

// Old album URLs keep working after a rename, as for articles and practices: the old slug
// of a published translation becomes a SlugRedirect to the album.

const entityType = "gallery_album" as const;

type StoredSlug = { locale: Locale; slug: string; status: PublicationStatus };

// A slug is taken in its locale by another album's translation, and also by another
// album's old slug: that URL keeps redirecting, so it is never given to a new album (the
// same slug in ru and en is fine). Returns how many of the album's own redirects it
// released, for the caller to know whether redirect caches changed.
export async function claimAlbumSlugs(tx: Prisma.TransactionClient, albumId: string | undefined, input: AlbumInput): Promise<number> {
  let released = 0;
  for (const locale of locales) {
    const t = input.translations[locale];
    if (!t) continue;
    const others = albumId ? { not: albumId } : undefined;
    const [taken, redirect] = await Promise.all([
      tx.galleryAlbumTranslation.findFirst({ where: { locale, slug: t.slug, albumId: others }, select: { id: true } }),
      tx.slugRedirect.findFirst({ where: { entityType, locale, fromSlug: t.slug, entityId: others }, select: { id: true } }),
    ]);
    if (taken || redirect) refuseField(`translations.${locale}.slug`, "slugTaken");
    // Taking back one of its own old slugs: that URL is the album's again, not a redirect.
    if (albumId) released += (await tx.slugRedirect.deleteMany({ where: { entityType, locale, fromSlug: t.slug, entityId: albumId } })).count;
  }
  return released;
}

// Records the old slug of every published translation whose slug the save changes; returns
// the old slugs by locale (for the audit entry).
export async function keepOldAlbumSlugs(
  tx: Prisma.TransactionClient,
  albumId: string,
  stored: StoredSlug[],
  input: AlbumInput,
): Promise<Partial<Record<Locale, string>>> {
  const moved: Partial<Record<Locale, string>> = {};
  for (const was of stored) {
    const t = input.translations[was.locale];
    if (was.status !== "published" || !t || t.slug === was.slug) continue;
    const key = { entityType, locale: was.locale, fromSlug: was.slug };
    await tx.slugRedirect.upsert({ where: { entityType_locale_fromSlug: key }, create: { ...key, entityId: albumId }, update: { entityId: albumId } });
    moved[was.locale] = was.slug;
  }
  return moved;
}
