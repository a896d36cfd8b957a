import "server-only";
import { db } from "@/lib/db";
import { mediaUrl, parseVariants } from "@/lib/media/variants";
import { siteUrl } from "@/lib/site-url";

export type CoverPicture = { src: string; alt: string; width: number; height: number };

// A text's cover as messages carry it (a Telegram photo, a picture in an e-mail): the variant
// of at least 960 px, or the largest there is, by its absolute address.
export async function articleCoverPicture(articleId: string, locale: "ru" | "en"): Promise<CoverPicture | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { cover: { select: { kind: true, variants: true, translations: { where: { locale }, select: { alt: true } } } } },
  });
  if (article?.cover?.kind !== "image") return null;
  const variants = parseVariants(article.cover.variants);
  const pick = variants.find((v) => v.width >= 960) ?? variants.at(-1);
  if (!pick) return null;
  return { src: siteUrl() + mediaUrl(pick.key), alt: article.cover.translations[0]?.alt ?? "", width: pick.width, height: pick.height };
}
