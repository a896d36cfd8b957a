import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/zod/directory";
import type { ContactKind } from "@/lib/zod/contacts";

export type ContactsQuery = { q?: string; kind?: ContactKind; page: number };
export type ContactRow = { id: string; kind: string; email: string; phone: string; position: number; names: Record<string, string> };

export async function listContacts({ q, kind, page }: ContactsQuery): Promise<{ rows: ContactRow[]; total: number }> {
  const like = { contains: q ?? "", mode: "insensitive" } as const;
  const where: Prisma.ContactWhereInput = {
    ...(kind ? { kind } : {}),
    ...(q ? { OR: [{ email: like }, { phone: { contains: q } }, { translations: { some: { name: like } } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.contact.count({ where }),
    db.contact.findMany({
      where,
      orderBy: [{ position: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { translations: { select: { locale: true, name: true } } },
    }),
  ]);
  return {
    total,
    rows: rows.map((c) => ({
      id: c.id,
      kind: c.kind,
      email: c.email,
      phone: c.phone,
      position: c.position,
      names: Object.fromEntries(c.translations.map((t) => [t.locale, t.name])),
    })),
  };
}

export async function getContactForEdit(id: string) {
  const c = await db.contact.findUnique({ where: { id }, include: { translations: true } });
  if (!c) return null;
  const text = (locale: "ru" | "en") => {
    const t = c.translations.find((x) => x.locale === locale);
    return { name: t?.name ?? "", address: t?.address ?? "" };
  };
  return { id: c.id, version: c.version, kind: c.kind, email: c.email, phone: c.phone, position: c.position, translations: { ru: text("ru"), en: text("en") } };
}

export type ContactEdit = NonNullable<Awaited<ReturnType<typeof getContactForEdit>>>;
