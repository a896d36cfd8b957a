import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { tags } from "@/lib/cache-tags";

// Where a media item is used: as a relation (covers, photos, gallery items, documents)
// or inside a rich-text body, which stores {type: "image" | "video", attrs: {mediaId}}.

export type MediaUsageType =
  "articleCover" | "articleBody" | "pageBody" | "practiceCover" | "practiceBody" | "personPhoto" | "document" | "albumCover" | "galleryItem" | "videoPoster";
export type MediaUsage = { type: MediaUsageType; id: string; title: string };

type Client = Pick<Prisma.TransactionClient, "media" | "$queryRaw">;
type Titled = { translations: { title?: string; name?: string }[] };

const firstTitle = (row: Titled) => row.translations[0]?.title ?? row.translations[0]?.name ?? "";
const byLocale = { orderBy: { locale: "asc" as const }, take: 1 };

export async function findMediaUsages(client: Client, mediaId: string): Promise<MediaUsage[]> {
  const title = { select: { title: true }, ...byLocale };
  const media = await client.media.findUnique({
    where: { id: mediaId },
    select: {
      articleCover: { select: { id: true, translations: title } },
      practices: { select: { id: true, translations: title } },
      personPhoto: { select: { id: true, translations: { select: { name: true }, ...byLocale } } },
      documents: { select: { id: true, translations: title } },
      albumCovers: { select: { id: true, translations: title } },
      galleryItems: { select: { album: { select: { id: true, translations: title } } } },
      posterOf: { select: { id: true, originalName: true, translations: { select: { caption: true }, ...byLocale } } },
    },
  });
  if (!media) return [];
  const rows = (type: MediaUsageType, list: ({ id: string } & Titled)[]) => list.map((r) => ({ type, id: r.id, title: firstTitle(r) }));
  // A cuid is letters and digits only; the quotes make it match a whole JSON string value.
  const pattern = `%"${mediaId.replace(/[\\%_"]/g, "")}"%`;
  const bodies = await client.$queryRaw<MediaUsage[]>`
    SELECT DISTINCT ON (type, id) type, id, title FROM (
      SELECT 'articleBody' AS type, "articleId" AS id, title, locale FROM "ArticleTranslation" WHERE body::text LIKE ${pattern}
      UNION ALL SELECT 'pageBody', "pageId", title, locale FROM "PageTranslation" WHERE body::text LIKE ${pattern}
      UNION ALL SELECT 'practiceBody', "practiceId", title, locale FROM "PracticeTranslation" WHERE body::text LIKE ${pattern}
    ) found ORDER BY type, id, locale`;
  return [
    ...rows("articleCover", media.articleCover),
    ...bodies,
    ...rows("practiceCover", media.practices),
    ...rows("personPhoto", media.personPhoto),
    ...rows("document", media.documents),
    ...rows("albumCover", media.albumCovers),
    ...rows(
      "galleryItem",
      media.galleryItems.map((g) => g.album),
    ),
    ...media.posterOf.map((v) => ({ type: "videoPoster" as const, id: v.id, title: v.translations[0]?.caption || v.originalName })),
  ];
}

// Cache tags of the public pages that show a media item's texts or file.
export function usageTags(usages: MediaUsage[]): string[] {
  const byType: Record<MediaUsageType, (id: string) => string[]> = {
    articleCover: (id) => [tags.articles, tags.article(id)],
    articleBody: (id) => [tags.articles, tags.article(id)],
    pageBody: () => [tags.pages],
    practiceCover: () => [tags.practices],
    practiceBody: () => [tags.practices],
    personPhoto: () => [tags.people],
    document: () => [tags.documents],
    albumCover: () => [tags.gallery],
    galleryItem: () => [tags.gallery],
    videoPoster: () => [tags.gallery, tags.articles],
  };
  return [...new Set([tags.media, ...usages.flatMap((u) => byType[u.type](u.id))])];
}
