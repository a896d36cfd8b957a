"use server";
import { saveDocument } from "@/lib/documents/mutations";
import { settleSave } from "@/lib/publishing/settle-save";
import { documentFormInput, documentSchema } from "@/lib/zod/documents";
import { formAction } from "./guard";

export const saveDocumentAction = formAction("structure.edit", documentSchema, documentFormInput, async (user, input) =>
  settleSave(await saveDocument(user, input)),
);
