import "server-only";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/actions/form-state";

// A save that names a version other than the stored one is refused; the editor is told
// who saved last and when, from the edition's latest audit entry.

// "2026-11-23 14:05", Moscow time: readable in both languages of the back office.
const stamp = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Moscow", dateStyle: "short", timeStyle: "short" }).format(d);

export async function staleEditionState(editionId: string): Promise<FormState> {
  const edition = await db.ratingEdition.findUnique({ where: { id: editionId }, select: { updatedAt: true } });
  if (!edition) return { error: "notFound" };
  const last = await db.auditLog.findFirst({
    where: { entityType: "rating_edition", entityId: editionId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  return { error: "conflict", errorValues: { name: last?.actor?.name ?? "—", time: stamp(last?.createdAt ?? edition.updatedAt) } };
}

export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";
