"use server";
import { savePageTranslation } from "@/lib/pages/mutations";
import { formText } from "@/lib/zod/translation";
import { pageTranslationFields, pageTranslationSchema } from "@/lib/zod/pages";
import { formAction, settle } from "./guard";

// One locale of a site-map page; a change of its status is checked against content.publish
// inside the mutation, which knows the status it started from.
export const savePageTranslationAction = formAction(
  "structure.edit",
  pageTranslationSchema,
  (formData) => formText(formData, pageTranslationFields),
  async (user, input) => settle(await savePageTranslation(user, input)),
);
