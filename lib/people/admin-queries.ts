import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { mediaFieldValue } from "@/lib/media/admin-queries";
import { PAGE_SIZE } from "@/lib/zod/directory";
import { boardValues, type BoardValue } from "@/lib/zod/people";

export type PeopleQuery = { q?: string; board?: BoardValue; page: number };
export type PersonRow = { id: string; names: Record<string, string>; boards: { board: BoardValue; position: number }[] };

const personInclude = {
  translations: { select: { locale: true, name: true } },
  memberships: { select: { board: true, position: true }, orderBy: { board: "asc" } },
} as const;

const toRow = (p: Prisma.PersonGetPayload<{ include: typeof personInclude }>): PersonRow => ({
  id: p.id,
  names: Object.fromEntries(p.translations.map((t) => [t.locale, t.name])),
  boards: p.memberships,
});

// With a board chosen the list follows that board's order, as its public page shows it.
export async function listPeople({ q, board, page }: PeopleQuery): Promise<{ rows: PersonRow[]; total: number }> {
  const where: Prisma.PersonWhereInput = q
    ? { translations: { some: { OR: [{ name: { contains: q, mode: "insensitive" } }, { position: { contains: q, mode: "insensitive" } }] } } }
    : {};
  const paging = { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE };
  if (board) {
    const byBoard = { board, person: where };
    const [total, rows] = await Promise.all([
      db.boardMembership.count({ where: byBoard }),
      db.boardMembership.findMany({
        where: byBoard,
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: { person: { include: personInclude } },
        ...paging,
      }),
    ]);
    return { total, rows: rows.map((m) => toRow(m.person)) };
  }
  const [total, rows] = await Promise.all([
    db.person.count({ where }),
    db.person.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], include: personInclude, ...paging }),
  ]);
  return { total, rows: rows.map(toRow) };
}

export async function getPersonForEdit(id: string) {
  const p = await db.person.findUnique({ where: { id }, include: { translations: true, memberships: true } });
  if (!p) return null;
  const t = (locale: "ru" | "en") => p.translations.find((x) => x.locale === locale);
  const text = (locale: "ru" | "en") => ({ name: t(locale)?.name ?? "", position: t(locale)?.position ?? "", bio: t(locale)?.bio ?? "" });
  const member = (board: BoardValue) => p.memberships.find((m) => m.board === board);
  return {
    id: p.id,
    version: p.version,
    photo: await mediaFieldValue(p.photoId),
    translations: { ru: text("ru"), en: text("en") },
    memberships: Object.fromEntries(boardValues.map((b) => [b, { member: !!member(b), position: member(b)?.position ?? 0 }])) as Record<
      BoardValue,
      { member: boolean; position: number }
    >,
  };
}

export type PersonEdit = NonNullable<Awaited<ReturnType<typeof getPersonForEdit>>>;
