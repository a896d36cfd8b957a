"use server";
import { saveDocument } from "@/lib/documents/mutations";
import { settleSave } from "@/lib/publishing/settle-save";
import { documentFormInput, documentSchema } from "@/lib/zod/documents";
import type { FormState } from "./form-state";
import { withUser, zodFieldErrors } from "./guard";

export async function saveDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = documentSchema.safeParse(documentFormInput(formData));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return settleSave(await saveDocument(user, parsed.data));
  });
}
