import { z } from "zod";
import { blank } from "@/lib/query-params";
import { listPage, listQ, localized, localizedInput, optionalId, positionField, recordFields, recordInput, shortText, text } from "./directory";

export const boardValues = ["directorate", "council", "supervisory_board"] as const;
export type BoardValue = (typeof boardValues)[number];

const personText = z.object({ name: shortText(200), position: shortText(300), bio: shortText(5000) });
const membership = z.object({ member: z.boolean(), position: positionField });

export const personSchema = z
  .object({
    ...recordFields,
    photoId: optionalId,
    translations: localized(personText, { main: "name", textKeys: ["name", "position", "bio"] }),
    // Keyed by board so an error lands next to that board's position field.
    memberships: z.object({ directorate: membership, council: membership, supervisory_board: membership }),
  })
  .transform(({ memberships, ...rest }) => ({
    ...rest,
    memberships: boardValues.filter((b) => memberships[b].member).map((board) => ({ board, position: memberships[board].position })),
  }));

export type PersonInput = z.output<typeof personSchema>;

export function personFormInput(fd: FormData) {
  const memberships = Object.fromEntries(boardValues.map((b) => [b, { member: fd.get(`board.${b}`) === "on", position: text(fd, `boardPosition.${b}`) }]));
  return { ...recordInput(fd), photoId: text(fd, "photoId"), translations: localizedInput(fd, ["name", "position", "bio"]), memberships };
}

export const peopleListQuery = z.object({
  q: listQ,
  board: z.preprocess(blank, z.enum(boardValues).optional()).catch(undefined),
  page: listPage,
});
