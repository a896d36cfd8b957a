"use server";
import { revalidatePath } from "next/cache";
import { addJournalist, removeJournalist } from "@/lib/press/list";
import { sendAdvanceCopy } from "@/lib/press/advance";
import { saveTelegramSettings } from "@/lib/outreach/telegram-settings";
import { advanceCopySchema, journalistIdSchema, journalistSchema, telegramSettingsSchema } from "@/lib/zod/press-list";
import { formAction, formEntries, settle } from "./guard";

const withLocales = (formData: FormData) => ({ ...formEntries(formData), locales: formData.getAll("locales").map(String) });

export const addJournalistAction = formAction("content.publish", journalistSchema, withLocales, async (user, input) => {
  if (!(await addJournalist(user.id, input))) return { fieldErrors: { email: ["journalistExists"] } };
  revalidatePath("/admin/press-list");
  return { ok: true };
});

export const removeJournalistAction = formAction(
  "content.publish",
  journalistIdSchema,
  formEntries,
  async (user, input) => {
    if (!(await removeJournalist(user.id, input.id))) return { error: "notFound" };
    revalidatePath("/admin/press-list");
    return { ok: true };
  },
  () => ({ error: "notFound" }),
);

export const sendAdvanceCopyAction = formAction("content.publish", advanceCopySchema, formEntries, async (user, input) =>
  settle(await sendAdvanceCopy(user, input)),
);

export const saveTelegramSettingsAction = formAction("content.publish", telegramSettingsSchema, formEntries, async (user, input) =>
  settle(await saveTelegramSettings(user, input)),
);
