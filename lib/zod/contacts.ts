import { z } from "zod";
import { blank } from "@/lib/query-params";
import { listPage, listQ, localized, localizedInput, positionField, recordFields, recordInput, shortText, textsInput } from "./directory";

export const contactKinds = ["press", "office"] as const;
export type ContactKind = (typeof contactKinds)[number];

const contactText = z.object({ name: shortText(200), address: shortText(500) });

export const contactSchema = z.object({
  ...recordFields,
  kind: z.enum(contactKinds, { error: "invalid" }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "email" })),
  phone: shortText(40).refine((v) => /^[+\d\s().-]*$/.test(v), { error: "phone" }),
  position: positionField,
  // Contacts stand in every page's footer in both languages, so both names are needed.
  translations: localized(contactText, { main: "name", textKeys: ["name", "address"], requireAll: true }),
});

export type ContactInput = z.output<typeof contactSchema>;

export function contactFormInput(fd: FormData) {
  return {
    ...recordInput(fd),
    ...textsInput(fd, ["kind", "email", "phone", "position"]),
    translations: localizedInput(fd, ["name", "address"]),
  };
}

export const contactsListQuery = z.object({
  q: listQ,
  kind: z.preprocess(blank, z.enum(contactKinds).optional()).catch(undefined),
  page: listPage,
});
