import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { routes } from "@/lib/routes";
import type { Locale } from "@/i18n/routing";

export const boards = { directorate: "directorate", council: "council", "supervisory-board": "supervisory_board" } as const;
export type BoardSlug = keyof typeof boards;

export type PersonCard = { id: string; name: string; position: string; bio: string };

export const getBoardMembers = cache(
  unstable_cache(
    async (locale: Locale, board: BoardSlug): Promise<PersonCard[]> => {
      const rows = await db.boardMembership.findMany({
        where: { board: boards[board] },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: { person: { include: { translations: { where: { locale } } } } },
      });
      return rows.flatMap(({ person }) => {
        const t = person.translations[0];
        return t ? [{ id: person.id, name: t.name, position: t.position, bio: t.bio }] : [];
      });
    },
    ["people:board"],
    { tags: [tags.people] },
  ),
);

// Boards without members yet: left out of the navigation and the overview until they have some.
export const getEmptyBoardPaths = cache(
  unstable_cache(
    async (): Promise<string[]> => {
      const filled = new Set((await db.boardMembership.groupBy({ by: ["board"] })).map((g) => g.board));
      return (Object.keys(boards) as BoardSlug[]).filter((slug) => !filled.has(boards[slug])).map((slug) => `${routes.management}/${slug}`);
    },
    ["people:empty-boards"],
    { tags: [tags.people] },
  ),
);
