"use server";
import { savePerson } from "@/lib/people/mutations";
import { settleSave } from "@/lib/publishing/settle-save";
import { personFormInput, personSchema } from "@/lib/zod/people";
import type { FormState } from "./form-state";
import { withUser, zodFieldErrors } from "./guard";

export async function savePersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return withUser("structure.edit", async (user) => {
    const parsed = personSchema.safeParse(personFormInput(formData));
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
    return settleSave(await savePerson(user, parsed.data));
  });
}
