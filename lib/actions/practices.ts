"use server";
import { redirect } from "next/navigation";
import { createPractice, savePracticeShared, savePracticeTranslation } from "@/lib/practices/mutations";
import { formText } from "@/lib/zod/translation";
import { practiceCreateSchema, practiceSharedInput, practiceSharedSchema, practiceTranslationFields, practiceTranslationSchema } from "@/lib/zod/practices";
import { formAction, settle } from "./guard";

export const createPracticeAction = formAction("structure.edit", practiceCreateSchema, practiceSharedInput, async (user, input) => {
  const result = await createPractice(user, input);
  const state = await settle(result);
  // The texts are written in the editor of the new practice.
  if (result.ok) redirect(`/admin/practices/${result.id}`);
  return state;
});

export const savePracticeSharedAction = formAction("structure.edit", practiceSharedSchema, practiceSharedInput, async (user, input) =>
  settle(await savePracticeShared(user, input)),
);

export const savePracticeTranslationAction = formAction(
  "structure.edit",
  practiceTranslationSchema,
  (formData) => formText(formData, practiceTranslationFields),
  async (user, input) => settle(await savePracticeTranslation(user, input)),
);
