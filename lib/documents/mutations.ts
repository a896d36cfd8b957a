import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { tags } from "@/lib/cache-tags";
import { type Actor, refuse, refuseField, runSave, type SaveResult, writeRecord } from "@/lib/saving/core";
import { recordFormSave } from "@/lib/history/record";
import { locales } from "@/i18n/routing";
import type { DocumentInput } from "@/lib/zod/documents";

export async function saveDocument(actor: Actor, input: DocumentInput): Promise<SaveResult> {
  return runSave(async (tx) => {
    const before = input.id ? await tx.document.findUnique({ where: { id: input.id }, select: { page: { select: { path: true } } } }) : null;
    if (input.id && !before) refuse("notFound");
    const file = await tx.media.findUnique({ where: { id: input.fileId }, select: { kind: true } });
    if (file?.kind !== "file") refuseField("fileId", file ? "fileKind" : "fileRequired");
    const page = input.pageId ? await tx.page.findUnique({ where: { id: input.pageId }, select: { path: true } }) : null;
    if (input.pageId && !page) refuseField("pageId", "pageMissing");

    const data = { fileId: input.fileId, pageId: input.pageId, position: input.position };
    const { id, version } = await writeRecord(tx, tx.document, input, data, "document");
    await writeTranslations(tx, id, input.translations);

    await recordFormSave(tx, actor.id, input.id, { entityType: "document", entityId: id, version, snapshot: { ...data, translations: input.translations } });
    // The page it left and the page it joined both list their documents.
    const paths = new Set([before?.page?.path, page?.path].filter((p): p is string => !!p));
    return { ok: true, id, version, tags: [tags.documents, ...[...paths].map(tags.page)] };
  });
}

async function writeTranslations(tx: Prisma.TransactionClient, documentId: string, translations: DocumentInput["translations"]) {
  for (const locale of locales) {
    const t = translations[locale];
    if (t) await tx.documentTranslation.upsert({ where: { documentId_locale: { documentId, locale } }, create: { documentId, locale, ...t }, update: t });
    else await tx.documentTranslation.deleteMany({ where: { documentId, locale } });
  }
}
