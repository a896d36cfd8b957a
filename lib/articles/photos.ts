import type { MediaImageData } from "@/lib/media/variants";
import type { ArticleDetail } from "./article";

// The pictures of a text as its readers meet them: the cover, then those of the body in order.
export function articlePhotos(article: Pick<ArticleDetail, "cover" | "bodyMedia">): MediaImageData[] {
  const body = Object.values(article.bodyMedia).flatMap((m) => (m.type === "image" ? [m.image] : []));
  const all = [...(article.cover ? [article.cover] : []), ...body];
  return all.filter((p, i) => all.findIndex((q) => q.id === p.id) === i);
}
