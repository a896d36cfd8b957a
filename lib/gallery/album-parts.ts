import "server-only";
import type { Locale, Prisma, PublicationStatus } from "@/generated/prisma/client";
import { refuseField } from "@/lib/saving/core";
import { locales } from "@/i18n/routing";
import type { AlbumInput } from "@/lib/zod/gallery";

// Steps of saving an album, each run inside the save's transaction.

export type StoredTranslation = { locale: Locale; slug: string; status: PublicationStatus; publishedAt: Date | null };

// Items are photos or videos; the cover is a photo.
export async function checkAlbumMedia(tx: Prisma.TransactionClient, input: AlbumInput) {
  const ids = [...new Set([...input.items, ...(input.coverId ? [input.coverId] : [])])];
  const found = new Map((await tx.media.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true } })).map((m) => [m.id, m.kind]));
  for (const id of input.items) {
    const kind = found.get(id);
    if (!kind) refuseField("items", "mediaMissing");
    if (kind === "file") refuseField("items", "mediaKind");
  }
  if (input.coverId) {
    const kind = found.get(input.coverId);
    if (kind !== "image") refuseField("coverId", kind ? "mediaKind" : "mediaMissing");
  }
}

export async function writeAlbumTranslations(
  tx: Prisma.TransactionClient,
  albumId: string,
  stored: StoredTranslation[],
  translations: AlbumInput["translations"],
) {
  for (const locale of locales) {
    const t = translations[locale];
    if (!t) {
      await tx.galleryAlbumTranslation.deleteMany({ where: { albumId, locale } });
      continue;
    }
    const was = stored.find((s) => s.locale === locale);
    // The first publication is dated; saving an already published text keeps that date.
    const publishedAt = t.status === "published" ? (was?.status === "published" ? (was.publishedAt ?? new Date()) : new Date()) : null;
    const fields = { slug: t.slug, title: t.title, description: t.description, status: t.status, publishedAt };
    await tx.galleryAlbumTranslation.upsert({
      where: { albumId_locale: { albumId, locale } },
      create: { albumId, locale, ...fields },
      update: { ...fields, version: { increment: 1 } },
    });
  }
}
