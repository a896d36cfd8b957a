import "server-only";
import type { Board, Prisma } from "@/generated/prisma/client";
import { tags } from "@/lib/cache-tags";
import { type Actor, refuse, refuseField, runSave, type SaveResult, writeRecord } from "@/lib/saving/core";
import { recordFormSave } from "@/lib/history/record";
import { routes } from "@/lib/routes";
import { locales } from "@/i18n/routing";
import type { PersonInput } from "@/lib/zod/people";

// Each board has its own public page, /about/management/<board with dashes>.
export const boardPageTag = (board: Board) => tags.page(`${routes.management}/${board.replace(/_/g, "-")}`);

export async function savePerson(actor: Actor, input: PersonInput): Promise<SaveResult> {
  return runSave(async (tx) => {
    const before = input.id ? await tx.person.findUnique({ where: { id: input.id }, select: { memberships: { select: { board: true } } } }) : null;
    if (input.id && !before) refuse("notFound");
    if (input.photoId && (await tx.media.count({ where: { id: input.photoId, kind: "image" } })) === 0) refuseField("photoId", "mediaMissing");

    const { id, version } = await writeRecord(tx, tx.person, input, { photoId: input.photoId }, "person");
    await writeTranslations(tx, id, input.translations);
    // Memberships are few and have no identity of their own: replace them as a whole.
    await tx.boardMembership.deleteMany({ where: { personId: id } });
    await tx.boardMembership.createMany({ data: input.memberships.map((m) => ({ personId: id, ...m })) });

    const snapshot = { photoId: input.photoId, translations: input.translations, memberships: input.memberships };
    await recordFormSave(tx, actor.id, input.id, { entityType: "person", entityId: id, version, snapshot });
    const boards = new Set<Board>([...(before?.memberships.map((m) => m.board) ?? []), ...input.memberships.map((m) => m.board)]);
    return { ok: true, id, version, tags: [tags.people, ...[...boards].map(boardPageTag)] };
  });
}

async function writeTranslations(tx: Prisma.TransactionClient, personId: string, translations: PersonInput["translations"]) {
  for (const locale of locales) {
    const t = translations[locale];
    if (t) await tx.personTranslation.upsert({ where: { personId_locale: { personId, locale } }, create: { personId, locale, ...t }, update: t });
    else await tx.personTranslation.deleteMany({ where: { personId, locale } });
  }
}
