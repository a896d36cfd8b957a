import { z } from "zod";
import { blank, pageParam } from "@/lib/query-params";
import { locales } from "@/i18n/routing";

// Building blocks shared by the schemas of people, documents, gallery albums and contacts.
// Client-safe: the forms use the same schemas as the actions. Messages are AdminErrors keys.

// A form value as text; a file input or a missing field reads as "".
export function text(fd: FormData, key: string): string {
  const v = fd.get(key);
  return typeof v === "string" ? v : "";
}

// Record ids: generated ones (cuid) and the seed's content-addressed media ids ("file-sha256-" and
// 32 hex digits), as long as 45 characters.
export const idField = z.string().trim().max(64, { error: "invalid" });
export const optionalId = idField.transform((v) => v || null);
export const versionField = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" });
export const positionField = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? 0 : v),
  z.coerce.number({ error: "number" }).int({ error: "number" }).min(0, { error: "number" }).max(9999, { error: "number" }),
);
export const shortText = (max: number) => z.string().trim().max(max, { error: "tooLong" });

// The record being edited (absent when creating) and the version the form started from.
export const recordFields = { id: idField.optional().transform((v) => v || undefined), version: versionField };

export function recordInput(fd: FormData) {
  return { id: text(fd, "id"), version: text(fd, "version") || "0" };
}

// The two translations of a record. A locale whose text fields are all blank is "not
// translated" (null): the public site then leaves the record out of that language.
export function localized<T extends Record<string, unknown>>(
  fields: z.ZodType<T>,
  opts: { main: keyof T & string; textKeys: (keyof T & string)[]; requireAll?: boolean },
) {
  const filled = (t: T) => opts.textKeys.some((k) => t[k] !== "");
  return z
    .object({ ru: fields, en: fields })
    .superRefine((v, ctx) => {
      const present = locales.filter((l) => opts.requireAll || filled(v[l]));
      if (present.length === 0) ctx.addIssue({ code: "custom", path: ["ru", opts.main], message: "oneLocale" });
      for (const l of present) if (v[l][opts.main] === "") ctx.addIssue({ code: "custom", path: [l, opts.main], message: "required" });
    })
    .transform((v) => ({ ru: filled(v.ru) ? v.ru : null, en: filled(v.en) ? v.en : null }));
}

// Text fields of a form by name; `prefix` picks one locale's ("ru.").
export function textsInput<K extends string>(fd: FormData, keys: readonly K[], prefix = "") {
  return Object.fromEntries(keys.map((k) => [k, text(fd, prefix + k)])) as Record<K, string>;
}

export function localizedInput<K extends string>(fd: FormData, keys: readonly K[]) {
  return { ru: textsInput(fd, keys, "ru."), en: textsInput(fd, keys, "en.") };
}

// List pages: every parameter falls back to its default on a bad value, never an error page.
export const listQ = z.preprocess(blank, z.string().trim().max(100).optional()).catch(undefined);
export const listPage = pageParam(10_000).catch(1);
export const PAGE_SIZE = 20;
