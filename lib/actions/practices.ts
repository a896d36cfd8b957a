"use server";
import { redirect } from "next/navigation";
import { createPractice, savePracticeShared, savePracticeTranslation } from "@/lib/practices/mutations";
import { settleTranslated } from "@/lib/translations/settle";
import { formText } from "@/lib/zod/translation";
import { practiceCreateSchema, practiceSharedInput, practiceSharedSchema, practiceTranslationFields, practiceTranslationSchema } from "@/lib/zod/practices";
import type { FormState } from "./form-state";
import { withUser, zodFieldErrors } from "./guard";

export async function createPracticeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = practiceCreateSchema.safeParse(practiceSharedInput(formData));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    const result = await createPractice(user, parsed.data);
    const state = settleTranslated(result);
    // The texts are written in the editor of the new practice.
    if (result.ok) redirect(`/admin/practices/${result.id}`);
    return state;
  });
}

export async function savePracticeSharedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = practiceSharedSchema.safeParse(practiceSharedInput(formData));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return settleTranslated(await savePracticeShared(user, parsed.data));
  });
}

export async function savePracticeTranslationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = practiceTranslationSchema.safeParse(formText(formData, practiceTranslationFields));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return settleTranslated(await savePracticeTranslation(user, parsed.data));
  });
}
