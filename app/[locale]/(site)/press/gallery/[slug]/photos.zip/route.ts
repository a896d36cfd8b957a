import { getAlbum } from "@/lib/gallery/queries";
import { photoArchiveRoute } from "@/lib/media/photo-archive";

// Every photo of a published album, originals, in one archive.
export const GET = photoArchiveRoute(async (locale, slug) => {
  const found = await getAlbum(locale, slug);
  return found?.type === "album" ? { slug: found.album.slugs[locale] ?? slug, photos: found.album.photos } : null;
});
