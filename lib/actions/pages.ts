"use server";
import { savePageTranslation } from "@/lib/pages/mutations";
import { settleTranslated } from "@/lib/translations/settle";
import { formText } from "@/lib/zod/translation";
import { pageTranslationFields, pageTranslationSchema } from "@/lib/zod/pages";
import { formAction } from "./guard";

// One locale of a site-map page; a change of its status is checked against content.publish
// inside the mutation, which knows the status it started from.
export const savePageTranslationAction = formAction(
  "structure.edit",
  pageTranslationSchema,
  (formData) => formText(formData, pageTranslationFields),
  async (user, input) => settleTranslated(await savePageTranslation(user, input)),
);
