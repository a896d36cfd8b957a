import "server-only";
import { db } from "@/lib/db";
import { resolveElsewhere, type Elsewhere } from "@/lib/translations/elsewhere";
import type { Locale } from "@/i18n/routing";
import { toImageData, type MediaImageData } from "@/lib/media/variants";
import { toVideoData, videoInclude, type VideoData } from "@/lib/media/video";

// Plain reads that take the Prisma client (tested directly); queries.ts caches them. An
// album is listed in a locale only when its translation there is published: an album
// written in one language never appears in the other language's list.

// `player` is null for a recording with nothing to play yet (the album says so).
export type GalleryVideo = { id: string; title: string; player: VideoData | null };
export type AlbumCard = {
  id: string;
  slug: string;
  title: string;
  takenAt: string | null;
  cover: MediaImageData | null;
  photoCount: number;
  videoCount: number;
};
export type AlbumDetail = AlbumCard & { description: string; slugs: Partial<Record<Locale, string>>; photos: MediaImageData[]; videos: GalleryVideo[] };
export type AlbumResolution = { type: "album"; album: AlbumDetail } | Elsewhere | null;

const published = { status: "published" as const };

const mediaInclude = (locale: Locale) => ({ translations: { where: { locale } } }) as const;

// An album item: a photo or a video, whichever its kind.
type MediaRow = Parameters<typeof toImageData>[0] & Parameters<typeof toVideoData>[0];

const toImage = (m: MediaRow) => toImageData(m);

const toVideo = (m: MediaRow): GalleryVideo => ({ id: m.id, title: m.translations[0]?.caption ?? "", player: toVideoData(m) });

export async function loadAlbumList(locale: Locale): Promise<AlbumCard[]> {
  const rows = await db.galleryAlbumTranslation.findMany({
    where: { locale, ...published },
    orderBy: [{ album: { takenAt: { sort: "desc", nulls: "last" } } }, { albumId: "asc" }],
    include: { album: { include: { cover: { include: mediaInclude(locale) }, items: { select: { media: { select: { kind: true } } } } } } },
  });
  return rows.map((t) => ({
    id: t.albumId,
    slug: t.slug,
    title: t.title,
    takenAt: t.album.takenAt?.toISOString() ?? null,
    cover: t.album.cover ? toImage(t.album.cover) : null,
    photoCount: t.album.items.filter((i) => i.media.kind === "image").length,
    videoCount: t.album.items.filter((i) => i.media.kind === "video").length,
  }));
}

export async function resolveAlbum(locale: Locale, slug: string): Promise<AlbumResolution> {
  const own = await db.galleryAlbumTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    include: {
      album: {
        include: {
          cover: { include: mediaInclude(locale) },
          translations: { where: published, select: { locale: true, slug: true } },
          items: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { media: { include: videoInclude(locale) } } },
        },
      },
    },
  });
  if (own?.status === "published") {
    const { album } = own;
    const photos = album.items.flatMap((i) => toImage(i.media) ?? []);
    const videos = album.items.filter((i) => i.media.kind === "video").map((i) => toVideo(i.media));
    return {
      type: "album",
      album: {
        id: album.id,
        slug: own.slug,
        title: own.title,
        description: own.description,
        takenAt: album.takenAt?.toISOString() ?? null,
        cover: album.cover ? toImage(album.cover) : (photos[0] ?? null),
        photoCount: photos.length,
        videoCount: videos.length,
        slugs: Object.fromEntries(album.translations.map((x) => [x.locale, x.slug])),
        photos,
        videos,
      },
    };
  }
  return resolveElsewhere("gallery_album", locale, slug, {
    own: (albumId, l) => db.galleryAlbumTranslation.findUnique({ where: { albumId_locale: { albumId, locale: l } } }),
    other: async (s, l) => {
      const row = await db.galleryAlbumTranslation.findFirst({
        where: { slug: s, locale: { not: l }, ...published },
        select: { albumId: true, locale: true, title: true },
      });
      return row && { entityId: row.albumId, locale: row.locale, title: row.title };
    },
  });
}

export async function loadAlbumParams(): Promise<{ locale: Locale; slug: string }[]> {
  return db.galleryAlbumTranslation.findMany({ where: published, select: { locale: true, slug: true } });
}
