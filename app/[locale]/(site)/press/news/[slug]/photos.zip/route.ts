import { resolveArticle } from "@/lib/articles/article";
import { articlePhotos } from "@/lib/articles/photos";
import { photoArchiveRoute } from "@/lib/media/photo-archive";

// The cover and every picture of a published text, originals, in one archive.
export const GET = photoArchiveRoute(async (locale, slug) => {
  const found = await resolveArticle(locale, slug);
  return found?.type === "article" && found.article.withdrawnNotice === null ? { slug: found.article.slug, photos: articlePhotos(found.article) } : null;
});
