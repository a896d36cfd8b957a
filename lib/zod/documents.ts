import { z } from "zod";
import { blank } from "@/lib/query-params";
import { idField, listPage, listQ, localized, localizedInput, optionalId, positionField, recordFields, recordInput, shortText, textsInput } from "./directory";

const documentText = z.object({ title: shortText(300), description: shortText(2000) });

export const documentSchema = z.object({
  ...recordFields,
  // Documents are downloads: a document without its file is meaningless.
  fileId: idField.min(1, { error: "fileRequired" }),
  pageId: optionalId,
  position: positionField,
  translations: localized(documentText, { main: "title", textKeys: ["title", "description"] }),
});

export type DocumentInput = z.output<typeof documentSchema>;

export function documentFormInput(fd: FormData) {
  return {
    ...recordInput(fd),
    ...textsInput(fd, ["fileId", "pageId", "position"]),
    translations: localizedInput(fd, ["title", "description"]),
  };
}

// `on` is the page a document is attached to ("none" for documents attached nowhere);
// `page` is taken by pagination.
export const documentsListQuery = z.object({
  q: listQ,
  on: z.preprocess(blank, z.string().max(64).optional()).catch(undefined),
  page: listPage,
});
