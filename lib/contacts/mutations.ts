import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { tags } from "@/lib/cache-tags";
import { type Actor, refuse, runSave, type SaveResult, writeRecord } from "@/lib/saving/core";
import { recordFormSave } from "@/lib/history/record";
import { routes } from "@/lib/routes";
import { locales } from "@/i18n/routing";
import type { ContactInput } from "@/lib/zod/contacts";

export async function saveContact(actor: Actor, input: ContactInput): Promise<SaveResult> {
  return runSave(async (tx) => {
    if (input.id && (await tx.contact.count({ where: { id: input.id } })) === 0) refuse("notFound");
    const data = { kind: input.kind, email: input.email, phone: input.phone, position: input.position };
    const { id, version } = await writeRecord(tx, tx.contact, input, data, "contact");
    await writeTranslations(tx, id, input.translations);
    await recordFormSave(tx, actor.id, input.id, { entityType: "contact", entityId: id, version, snapshot: { ...data, translations: input.translations } });
    // The footer of every public page lists the contacts; it reads them under tags.contacts.
    return { ok: true, id, version, tags: [tags.contacts, tags.page(routes.contacts)] };
  });
}

async function writeTranslations(tx: Prisma.TransactionClient, contactId: string, translations: ContactInput["translations"]) {
  for (const locale of locales) {
    const t = translations[locale];
    if (t) await tx.contactTranslation.upsert({ where: { contactId_locale: { contactId, locale } }, create: { contactId, locale, ...t }, update: t });
    else await tx.contactTranslation.deleteMany({ where: { contactId, locale } });
  }
}
