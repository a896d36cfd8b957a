import { albumSchema } from "../../lib/zod/gallery";

export type AlbumText = { slug: string; status?: "draft" | "published" };

// An album form as the editor sends it, through the same schema as the action; a locale's
// text is a draft unless it says otherwise.
export const albumInput = (ru: AlbumText, en: AlbumText, over: Record<string, unknown> = {}) =>
  albumSchema.parse({
    version: "0",
    takenAt: "2026-05-01",
    coverId: "",
    items: [],
    translations: {
      ru: { slug: ru.slug, title: "Форум", description: "", status: ru.status ?? "draft" },
      en: { slug: en.slug, title: "Forum", description: "", status: en.status ?? "draft" },
    },
    ...over,
  });
