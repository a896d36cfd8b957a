import { z } from "zod";
import { isSitePath } from "@/lib/rich-text/href";
import { richTextJson } from "./translation";
import { locales } from "@/i18n/routing";

// Inputs of the article editor. Messages are keys of the AdminErrors namespace.
export const articleKinds = ["news", "press_release", "event", "interview"] as const;

const id = z.string().min(1).max(64);
const version = z.coerce.number().int().min(1);
const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });
export const slugSchema = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(120, { error: "tooLong" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slug" });

export const createArticleSchema = z.object({
  locale: z.enum(locales),
  title: text(300).min(1, { error: "required" }),
  kind: z.enum(articleKinds, { error: "invalid" }),
});

export const articleTextSchema = z
  .object({
    articleId: id,
    locale: z.enum(locales),
    // 0 when this locale has no translation yet: the save creates it.
    version: z.coerce.number().int().min(0),
    title: text(300).min(1, { error: "required" }),
    slug: slugSchema,
    lead: text(1000),
    body: richTextJson,
    author: text(200),
    seoDescription: text(300),
    // Only for a published text: "update" shows readers a dated note, "minor" (a typo) shows nothing.
    change: z.enum(["minor", "update"], { error: "invalid" }).default("minor"),
    updateNote: text(500).default(""),
  })
  .refine((v) => v.change !== "update" || v.updateNote.length > 0, { path: ["updateNote"], error: "updateNoteRequired" });

export const articleSharedSchema = z.object({
  articleId: id,
  version,
  kind: z.enum(articleKinds, { error: "invalid" }),
  regionIds: z.array(id).max(19),
  coverId: z
    .string()
    .max(64)
    .transform((v) => v || null),
  sourceName: text(200).transform((v) => v || null),
  sourceUrl: z
    .union([
      z.literal(""),
      z
        .string()
        .trim()
        .max(2048, { error: "tooLong" })
        .regex(/^https?:\/\/\S+$/i, { error: "url" }),
    ])
    .transform((v) => v || null),
});

const dateTime = z
  .string()
  .trim()
  .min(1, { error: "date" })
  .refine((v) => !Number.isNaN(Date.parse(v)), { error: "date" })
  .transform((v) => new Date(v));

export const publicationSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("publish"), articleId: id, locale: z.enum(locales), version }),
  z.object({ action: z.literal("schedule"), articleId: id, locale: z.enum(locales), version, scheduledAt: dateTime }),
  z.object({ action: z.literal("embargo"), articleId: id, locale: z.enum(locales), version, embargoUntil: dateTime }),
  z.object({ action: z.literal("withdraw"), articleId: id, locale: z.enum(locales), version, withdrawnNotice: text(1000).min(1, { error: "required" }) }),
  z.object({
    action: z.literal("unpublish"),
    articleId: id,
    locale: z.enum(locales),
    version,
    redirectTo: z.union([z.literal(""), z.string().trim().max(500, { error: "tooLong" }).refine(isSitePath, { error: "path" })]).transform((v) => v || null),
  }),
  z.object({ action: z.literal("draft"), articleId: id, locale: z.enum(locales), version }),
  z.object({ action: z.literal("lift"), articleId: id, locale: z.enum(locales), version }),
]);

type ParsedText = z.infer<typeof articleTextSchema>;
// Callers other than the form (a restore, an import, tests) change a text without announcing it.
export type ArticleTextInput = Omit<ParsedText, "change" | "updateNote"> & Partial<Pick<ParsedText, "change" | "updateNote">>;
export type ArticleSharedInput = z.infer<typeof articleSharedSchema>;
export type PublicationInput = z.infer<typeof publicationSchema>;
