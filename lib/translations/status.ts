import "server-only";
import type { Prisma, PublicationStatus } from "@/generated/prisma/client";

type Stored = { publishedAt: Date | null };

// The status and clocks of a translation saved from its editor. The first publication's date
// stays when a translation is taken back to draft and republished; the text change time moves
// only when the text does.
export function statusFields(current: Stored | null, status: PublicationStatus, textChanged: boolean) {
  const now = new Date();
  return { status, publishedAt: current?.publishedAt ?? (status === "published" ? now : null), ...(textChanged ? { contentUpdatedAt: now } : {}) };
}

// The audit action of such a save: a publication, a withdrawal, or a plain save.
export const statusAction = (entity: "page" | "practice", before: PublicationStatus, after: PublicationStatus) =>
  before === after ? `${entity}.save` : after === "published" ? `${entity}.publish` : `${entity}.unpublish`;

// The parts of a saved translation's revision that every such record has.
export const statusSnapshot = (saved: { body: Prisma.JsonValue; status: PublicationStatus; publishedAt: Date | null }) => ({
  body: saved.body as Prisma.InputJsonValue,
  status: saved.status,
  publishedAt: saved.publishedAt?.toISOString() ?? null,
});
