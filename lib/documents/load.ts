import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/i18n/routing";
import { downloadName } from "@/lib/media/headers";
import { mediaUrl } from "@/lib/media/variants";

// Plain reads that take the Prisma client (tested directly); queries.ts caches them.
export type DocumentItem = { id: string; title: string; description: string; url: string; fileName: string; mimeType: string; byteSize: number };

// The files attached to one site-map page that have a title in this locale, in their order.
export async function loadDocuments(locale: Locale, pagePath: string): Promise<DocumentItem[]> {
  const rows = await db.document.findMany({
    where: { page: { path: pagePath }, translations: { some: { locale } }, file: { storageKey: { not: null } } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { file: true, translations: { where: { locale } } },
  });
  return rows.map((d) => ({
    id: d.id,
    title: d.translations[0]!.title,
    description: d.translations[0]!.description,
    url: mediaUrl(d.file.storageKey!),
    fileName: downloadName(d.file.originalName, d.file.storageKey!),
    mimeType: d.file.mimeType,
    byteSize: d.file.byteSize,
  }));
}
