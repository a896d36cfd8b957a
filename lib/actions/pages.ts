"use server";
import { savePageTranslation } from "@/lib/pages/mutations";
import { settleTranslated } from "@/lib/translations/settle";
import { formText } from "@/lib/zod/translation";
import { pageTranslationFields, pageTranslationSchema } from "@/lib/zod/pages";
import type { FormState } from "./form-state";
import { withUser, zodFieldErrors } from "./guard";

// One locale of a site-map page; a change of its status is checked against content.publish
// inside the mutation, which knows the status it started from.
export async function savePageTranslationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = pageTranslationSchema.safeParse(formText(formData, pageTranslationFields));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return settleTranslated(await savePageTranslation(user, parsed.data));
  });
}
