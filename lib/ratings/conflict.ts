import "server-only";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/actions/form-state";

// A save that names a version other than the stored one is refused; the editor is told
// who saved last and when, from the edition's latest audit entry.

export async function staleEditionState(editionId: string): Promise<FormState> {
  const edition = await db.ratingEdition.findUnique({ where: { id: editionId }, select: { updatedAt: true } });
  if (!edition) return { error: "notFound" };
  const last = await db.auditLog.findFirst({
    where: { entityType: "rating_edition", entityId: editionId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  return { error: "conflict", errorValues: { name: last?.actor?.name ?? "—", time: (last?.createdAt ?? edition.updatedAt).toISOString() } };
}

export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";
