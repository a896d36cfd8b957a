"use server";
import { saveContact } from "@/lib/contacts/mutations";
import { contactFormInput, contactSchema } from "@/lib/zod/contacts";
import { formAction, settle } from "./guard";

export const saveContactAction = formAction("structure.edit", contactSchema, contactFormInput, async (user, input) => settle(await saveContact(user, input)));
