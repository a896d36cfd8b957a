"use server";
import { saveContact } from "@/lib/contacts/mutations";
import { settleSave } from "@/lib/publishing/settle-save";
import { contactFormInput, contactSchema } from "@/lib/zod/contacts";
import { formAction } from "./guard";

export const saveContactAction = formAction("structure.edit", contactSchema, contactFormInput, async (user, input) =>
  settleSave(await saveContact(user, input)),
);
