import { z } from "zod";
import { richTextSchema } from "@/lib/rich-text/schema";
import { idField, text } from "./directory";
import { locales } from "@/i18n/routing";

// Fields shared by the page, practice and region editors: one locale's text per save.
// Client-safe. Messages are keys of AdminErrors.

export const localeField = z.enum(locales, { error: "invalid" });

// The statuses these editors set; scheduling and withdrawal belong to the news editor.
export const editableStatuses = ["draft", "published"] as const;
export const statusField = z.enum(editableStatuses, { error: "invalid" });

export const requiredId = idField.min(1, { error: "required" });

// 0 when this locale has no translation yet: the save creates it.
export const translationVersion = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" });
export const baseVersion = translationVersion.min(1, { error: "invalid" });

export const limits = { title: 300, name: 200, capital: 200, description: 1000, summary: 2000, slug: 120 } as const;

export const plainText = (max: number) => z.string({ error: "required" }).trim().max(max, { error: "tooLong" });
export const requiredText = (max: number) => plainText(max).min(1, { error: "required" });

export const slugField = requiredText(limits.slug).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slug" });

// The editor's hidden input holds the document as JSON; anything outside the allowlist of
// richTextSchema is refused as a whole. Its length keeps a save under the server actions
// body limit (lib/http/body-limits.ts): 400,000 characters are about 50,000 words of text.
export const RICH_TEXT_JSON_MAX = 400_000;
export const richTextJson = z
  .string({ error: "body" })
  .max(RICH_TEXT_JSON_MAX, { error: "tooLong" })
  .transform((raw, ctx) => {
    try {
      const parsed = richTextSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      // not JSON: refused below
    }
    ctx.addIssue({ code: "custom", message: "body" });
    return z.NEVER;
  });

// A form's fields as strings; a missing one as "".
export function formText(fd: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, text(fd, n)]));
}
