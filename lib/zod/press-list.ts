import { z } from "zod";
import { locales } from "@/i18n/routing";

const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]);

// A journalist of the press list, as an editor adds them.
export const journalistSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  outlet: z.string().trim().max(200, { error: "tooLong" }),
  email: z.email({ error: "email" }).max(254, { error: "tooLong" }),
  locales: z.preprocess(list, z.array(z.enum(locales)).min(1, { error: "required" })),
});
export type JournalistInput = z.infer<typeof journalistSchema>;

export const journalistIdSchema = z.object({ id: z.string().min(1).max(64) });

// "Send the advance copy" of one language of an embargoed press release.
export const advanceCopySchema = z.object({ articleId: z.string().min(1).max(64), locale: z.enum(locales), version: z.coerce.number().int().min(1) });

// A text's Telegram post: off, or the editor's own wording (empty: title, lead and link).
// `previous` is the wording the form was opened with, so a colleague's change is not overwritten.
export const telegramSettingsSchema = z.object({
  articleId: z.string().min(1).max(64),
  locale: z.enum(locales),
  off: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  text: z.string().trim().max(900, { error: "tooLong" }),
  previous: z.string().max(2_000).default(""),
});
export type TelegramSettingsInput = z.infer<typeof telegramSettingsSchema>;
