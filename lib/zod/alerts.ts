import { z } from "zod";
import { locales } from "@/i18n/routing";

const id = z.string().min(1).max(64);
const ids = (value: unknown) => (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]);

// What alerts a subscriber wants: all news or press releases only, the regions (none: all),
// at once or as a weekly digest. Shared by the sign-up form and the settings page.
export const alertChoicesSchema = z.object({
  scope: z.enum(["all", "press"]),
  frequency: z.enum(["immediate", "weekly"]),
  regionIds: z.preprocess(ids, z.array(id).max(100)),
});
export type AlertChoices = z.infer<typeof alertChoicesSchema>;

export const subscribeSchema = alertChoicesSchema.extend({
  email: z.email({ error: "email" }).max(254, { error: "tooLong" }),
  locale: z.enum(locales),
  consent: z.literal("yes", { error: "consentRequired" }),
});
export type SubscribeInput = z.infer<typeof subscribeSchema>;

export const subscriptionTokenSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{32}$/) });

// The jobs of the mail queue (lib/alerts/dispatch.ts).
export const mailJobSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("confirm"), subscriberId: id, key: z.string().max(200) }),
  z.object({ kind: z.literal("manage"), subscriberId: id, key: z.string().max(200) }),
  z.object({ kind: z.literal("alerts"), translationId: id }),
  z.object({ kind: z.literal("alert"), subscriberId: id, translationId: id }),
  z.object({ kind: z.literal("digests") }),
  z.object({ kind: z.literal("digest"), subscriberId: id, until: z.iso.datetime() }),
  z.object({ kind: z.literal("verifyJournalist"), journalistId: id }),
  z.object({ kind: z.literal("advance"), journalistId: id, translationId: id, version: z.number().int().min(1) }),
]);
export type MailJob = z.infer<typeof mailJobSchema>;
