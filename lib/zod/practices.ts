import { z } from "zod";
import { slugParam } from "@/lib/query-params";
import { idField, listPage, listQ, optionalId } from "./directory";
import { baseVersion, limits, localeField, plainText, requiredId, requiredText, richTextJson, slugField, statusField, translationVersion } from "./translation";

export const practiceListQuery = z.object({
  q: listQ,
  region: slugParam.catch(undefined),
  topic: slugParam.catch(undefined),
  page: listPage,
});

const sharedFields = {
  regionId: requiredId,
  topicIds: z.array(idField).max(50, { error: "invalid" }),
  coverId: optionalId,
};

export const practiceCreateSchema = z.object(sharedFields);

export const practiceSharedSchema = z.object({ practiceId: requiredId, version: baseVersion, ...sharedFields });

export const practiceTranslationSchema = z.object({
  practiceId: requiredId,
  locale: localeField,
  version: translationVersion,
  slug: slugField,
  title: requiredText(limits.title),
  summary: plainText(limits.summary),
  body: richTextJson,
  status: statusField,
});

export const practiceTranslationFields = ["practiceId", "locale", "version", "slug", "title", "summary", "body", "status"] as const;

// The shared fields as the forms send them: topics as repeated checkboxes.
export function practiceSharedInput(fd: FormData) {
  const str = (n: string) => (typeof fd.get(n) === "string" ? (fd.get(n) as string) : "");
  return {
    practiceId: str("practiceId"),
    version: str("version"),
    regionId: str("regionId"),
    coverId: str("coverId"),
    topicIds: fd.getAll("topicIds").filter((v) => typeof v === "string"),
  };
}

export type PracticeListQuery = z.infer<typeof practiceListQuery>;
export type PracticeCreateInput = z.infer<typeof practiceCreateSchema>;
export type PracticeSharedInput = z.infer<typeof practiceSharedSchema>;
export type PracticeTranslationInput = z.infer<typeof practiceTranslationSchema>;
