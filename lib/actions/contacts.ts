"use server";
import { saveContact } from "@/lib/contacts/mutations";
import { settleSave } from "@/lib/publishing/settle-save";
import { contactFormInput, contactSchema } from "@/lib/zod/contacts";
import type { FormState } from "./form-state";
import { withUser, zodFieldErrors } from "./guard";

export async function saveContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = contactSchema.safeParse(contactFormInput(formData));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return settleSave(await saveContact(user, parsed.data));
  });
}
