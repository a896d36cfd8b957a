"use server";
import { saveRegionCompetencies, saveRegionTranslation } from "@/lib/regions/mutations";
import { settleTranslated } from "@/lib/translations/settle";
import { formText } from "@/lib/zod/translation";
import { regionCompetenciesInput, regionCompetenciesSchema, regionTranslationFields, regionTranslationSchema } from "@/lib/zod/regions";
import type { FormState } from "./form-state";
import { withUser, zodFieldErrors } from "./guard";

export async function saveRegionTranslationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = regionTranslationSchema.safeParse(formText(formData, regionTranslationFields));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return settleTranslated(await saveRegionTranslation(user, parsed.data));
  });
}

export async function saveRegionCompetenciesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = regionCompetenciesSchema.safeParse(regionCompetenciesInput(formData));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return settleTranslated(await saveRegionCompetencies(user, parsed.data));
  });
}
