import { z } from "zod";
import { blank } from "@/lib/query-params";
import { listPage, listQ } from "./directory";
import { limits, localeField, plainText, requiredId, requiredText, richTextJson, statusField, translationVersion } from "./translation";

// Top-level sections of the site map, for the list's filter.
export const pageSections = ["about", "regions", "projects", "press"] as const;

export const pageListQuery = z.object({
  q: listQ,
  section: z.preprocess(blank, z.enum(pageSections).optional()).catch(undefined),
  page: listPage,
});

export const pageTranslationSchema = z.object({
  pageId: requiredId,
  locale: localeField,
  version: translationVersion,
  title: requiredText(limits.title),
  description: plainText(limits.description),
  body: richTextJson,
  status: statusField,
});

export const pageTranslationFields = ["pageId", "locale", "version", "title", "description", "body", "status"] as const;

export type PageListQuery = z.infer<typeof pageListQuery>;
export type PageTranslationInput = z.infer<typeof pageTranslationSchema>;
