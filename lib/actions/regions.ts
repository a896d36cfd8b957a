"use server";
import { saveRegionCompetencies, saveRegionTranslation } from "@/lib/regions/mutations";
import { formText } from "@/lib/zod/translation";
import { regionCompetenciesInput, regionCompetenciesSchema, regionTranslationFields, regionTranslationSchema } from "@/lib/zod/regions";
import { formAction, settle } from "./guard";

export const saveRegionTranslationAction = formAction(
  "structure.edit",
  regionTranslationSchema,
  (formData) => formText(formData, regionTranslationFields),
  async (user, input) => settle(await saveRegionTranslation(user, input)),
);

export const saveRegionCompetenciesAction = formAction("structure.edit", regionCompetenciesSchema, regionCompetenciesInput, async (user, input) =>
  settle(await saveRegionCompetencies(user, input)),
);
