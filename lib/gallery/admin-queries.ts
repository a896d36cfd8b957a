import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { mediaFieldValue } from "@/lib/media/admin-queries";
import { imageVariants, mediaUrl, pickVariant } from "@/lib/media/variants";
import { PAGE_SIZE } from "@/lib/zod/directory";
import type { AlbumStatus } from "@/lib/zod/gallery";

export type GalleryQuery = { q?: string; status?: AlbumStatus; page: number };
export type AlbumRow = { id: string; takenAt: Date | null; itemCount: number; translations: Record<string, { title: string; status: string }> };

export async function listAlbums({ q, status, page }: GalleryQuery): Promise<{ rows: AlbumRow[]; total: number }> {
  const text: Prisma.GalleryAlbumTranslationWhereInput = q
    ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { slug: { contains: q.toLowerCase() } }] }
    : {};
  const where: Prisma.GalleryAlbumWhereInput = q || status ? { translations: { some: { ...text, ...(status ? { status } : {}) } } } : {};
  const [total, rows] = await Promise.all([
    db.galleryAlbum.count({ where }),
    db.galleryAlbum.findMany({
      where,
      orderBy: [{ takenAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { translations: { select: { locale: true, title: true, status: true } }, _count: { select: { items: true } } },
    }),
  ]);
  return {
    total,
    rows: rows.map((a) => ({
      id: a.id,
      takenAt: a.takenAt,
      itemCount: a._count.items,
      translations: Object.fromEntries(a.translations.map((t) => [t.locale, { title: t.title, status: t.status }])),
    })),
  };
}

export type AlbumItemView = { id: string; kind: "image" | "video" | "file"; url: string | null; label: string };

// Items are read here rather than through the media field's value, which covers images
// only: an album also holds videos, and dropping them from the form would drop them on save.
export async function getAlbumForEdit(id: string) {
  const a = await db.galleryAlbum.findUnique({
    where: { id },
    include: { translations: true, items: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { media: { include: { translations: true } } } } },
  });
  if (!a) return null;
  const text = (locale: "ru" | "en") => {
    const t = a.translations.find((x) => x.locale === locale);
    // The form offers draft and published; anything else (withdrawn...) reads as not published.
    return {
      slug: t?.slug ?? "",
      title: t?.title ?? "",
      description: t?.description ?? "",
      status: t?.status === "published" ? "published" : ("draft" as AlbumStatus),
    };
  };
  const items: AlbumItemView[] = a.items.map(({ media: m }) => {
    const thumb = m.kind === "image" ? pickVariant(imageVariants(m), 480) : undefined;
    const texts = m.translations.find((x) => x.locale === "ru") ?? m.translations[0];
    return { id: m.id, kind: m.kind, url: thumb ? mediaUrl(thumb.key) : null, label: texts?.alt || texts?.caption || m.originalName || m.externalUrl || "" };
  });
  return {
    id: a.id,
    version: a.version,
    takenAt: a.takenAt ? a.takenAt.toISOString().slice(0, 10) : "",
    cover: await mediaFieldValue(a.coverId),
    items,
    translations: { ru: text("ru"), en: text("en") },
  };
}

export type AlbumEdit = NonNullable<Awaited<ReturnType<typeof getAlbumForEdit>>>;
