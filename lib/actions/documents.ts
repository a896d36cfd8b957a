"use server";
import { saveDocument } from "@/lib/documents/mutations";
import { documentFormInput, documentSchema } from "@/lib/zod/documents";
import { formAction, settle } from "./guard";

export const saveDocumentAction = formAction("structure.edit", documentSchema, documentFormInput, async (user, input) =>
  settle(await saveDocument(user, input)),
);
