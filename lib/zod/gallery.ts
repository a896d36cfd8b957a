import { z } from "zod";
import { blank } from "@/lib/query-params";
import { idField, listPage, listQ, localized, localizedInput, optionalId, recordFields, recordInput, shortText, text } from "./directory";
import { locales } from "@/i18n/routing";

export const albumStatuses = ["draft", "published"] as const;
export type AlbumStatus = (typeof albumStatuses)[number];

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const albumText = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(120, { error: "tooLong" })
    .refine((v) => v === "" || slugPattern.test(v), { error: "slug" }),
  title: shortText(300),
  description: shortText(5000),
  status: z.enum(albumStatuses, { error: "invalid" }),
});

// A calendar day (the album's shooting date), stored as midnight UTC.
const takenAt = z
  .string()
  .trim()
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), { error: "date" })
  .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null));

export const albumSchema = z
  .object({
    ...recordFields,
    takenAt,
    coverId: optionalId,
    // In display order; adding the same picture twice would show it twice, so repeats are dropped.
    items: z
      .array(idField.min(1))
      .max(1000, { error: "tooLong" })
      .transform((ids) => [...new Set(ids)]),
    translations: localized(albumText, { main: "title", textKeys: ["slug", "title", "description"] }),
  })
  .superRefine((v, ctx) => {
    for (const l of locales)
      if (v.translations[l] && !v.translations[l].slug) ctx.addIssue({ code: "custom", path: ["translations", l, "slug"], message: "required" });
  });

export type AlbumInput = z.output<typeof albumSchema>;

export function albumFormInput(fd: FormData) {
  const items = fd.getAll("items").filter((v): v is string => typeof v === "string" && v !== "");
  return {
    ...recordInput(fd),
    takenAt: text(fd, "takenAt"),
    coverId: text(fd, "coverId"),
    items,
    translations: localizedInput(fd, ["slug", "title", "description", "status"]),
  };
}

export const galleryListQuery = z.object({
  q: listQ,
  status: z.preprocess(blank, z.enum(albumStatuses).optional()).catch(undefined),
  page: listPage,
});
