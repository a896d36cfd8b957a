import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/zod/directory";

export type DocumentsQuery = { q?: string; on?: string; page: number };
export type DocumentRow = { id: string; titles: Record<string, string>; pagePath: string | null; fileName: string; position: number };
export type FileOption = { id: string; name: string; mimeType: string; byteSize: number };
export type PageOption = { id: string; path: string };

export async function listDocuments({ q, on, page }: DocumentsQuery): Promise<{ rows: DocumentRow[]; total: number }> {
  const where: Prisma.DocumentWhereInput = {
    ...(on ? { pageId: on === "none" ? null : on } : {}),
    ...(q
      ? { OR: [{ translations: { some: { title: { contains: q, mode: "insensitive" } } } }, { file: { originalName: { contains: q, mode: "insensitive" } } }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.document.count({ where }),
    db.document.findMany({
      where,
      orderBy: [{ page: { path: "asc" } }, { position: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { translations: { select: { locale: true, title: true } }, page: { select: { path: true } }, file: { select: { originalName: true } } },
    }),
  ]);
  return {
    total,
    rows: rows.map((d) => ({
      id: d.id,
      titles: Object.fromEntries(d.translations.map((t) => [t.locale, t.title])),
      pagePath: d.page?.path ?? null,
      fileName: d.file.originalName,
      position: d.position,
    })),
  };
}

export async function getPageOptions(): Promise<PageOption[]> {
  return db.page.findMany({ select: { id: true, path: true }, orderBy: { path: "asc" } });
}

const FILE_OPTIONS = 500;

// Uploaded files (Media of kind "file"), newest first; the document's current file is
// always among them even when it is older than the newest FILE_OPTIONS.
export async function getFileOptions(currentId?: string): Promise<FileOption[]> {
  const select = { id: true, originalName: true, mimeType: true, byteSize: true } as const;
  const rows = await db.media.findMany({ where: { kind: "file" }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: FILE_OPTIONS, select });
  if (currentId && !rows.some((r) => r.id === currentId)) {
    const current = await db.media.findFirst({ where: { id: currentId, kind: "file" }, select });
    if (current) rows.unshift(current);
  }
  return rows.map((r) => ({ id: r.id, name: r.originalName || r.id, mimeType: r.mimeType, byteSize: r.byteSize }));
}

export async function getDocumentForEdit(id: string) {
  const d = await db.document.findUnique({ where: { id }, include: { translations: true } });
  if (!d) return null;
  const text = (locale: "ru" | "en") => {
    const t = d.translations.find((x) => x.locale === locale);
    return { title: t?.title ?? "", description: t?.description ?? "" };
  };
  return { id: d.id, version: d.version, fileId: d.fileId, pageId: d.pageId, position: d.position, translations: { ru: text("ru"), en: text("en") } };
}

export type DocumentEdit = NonNullable<Awaited<ReturnType<typeof getDocumentForEdit>>>;
