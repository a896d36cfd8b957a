import { z } from "zod";
import { idField, listPage, listQ } from "./directory";
import { baseVersion, limits, localeField, plainText, requiredId, requiredText, richTextJson } from "./translation";

export const regionListQuery = z.object({ q: listQ, page: listPage });

// A region's translations have no version of their own: every save of a region names the
// region's version, so one editor's ru and en saves follow each other on the same page.
export const regionTranslationSchema = z.object({
  regionId: requiredId,
  locale: localeField,
  version: baseVersion,
  name: requiredText(limits.name),
  capital: plainText(limits.capital),
  summary: plainText(limits.summary),
  profile: richTextJson,
});

export const regionTranslationFields = ["regionId", "locale", "version", "name", "capital", "summary", "profile"] as const;

export const regionCompetenciesSchema = z.object({
  regionId: requiredId,
  version: baseVersion,
  competencyIds: z.array(idField).max(100, { error: "invalid" }),
});

export function regionCompetenciesInput(fd: FormData) {
  const str = (n: string) => (typeof fd.get(n) === "string" ? (fd.get(n) as string) : "");
  return { regionId: str("regionId"), version: str("version"), competencyIds: fd.getAll("competencyIds").filter((v) => typeof v === "string") };
}

export type RegionListQuery = z.infer<typeof regionListQuery>;
export type RegionTranslationInput = z.infer<typeof regionTranslationSchema>;
export type RegionCompetenciesInput = z.infer<typeof regionCompetenciesSchema>;
