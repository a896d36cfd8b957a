import "server-only";
import type { ContentType, Prisma } from "@/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";
import { transactionAnnounced } from "@/lib/publishing/broadcast";

// The outcome of a save in a lib mutation: the new version and the cache tags the action
// expires, or a refusal shaped like the form's FormState (keys of AdminErrors).
export type SaveFailure = { ok?: false; error?: string; errorValues?: Record<string, string | number>; fieldErrors?: Record<string, string[]> };
export type SaveSuccess = { ok: true; id: string; version: number; tags: string[] };
export type SaveResult = SaveSuccess | SaveFailure;

export type Actor = { id: string; role: Role };

// Thrown inside the transaction so that whatever was written before the refusal is rolled back.
export class SaveRefused extends Error {
  constructor(readonly failure: SaveFailure) {
    super(failure.error ?? "refused");
  }
}

export const refuseField = (field: string, key: string) => new SaveRefused({ fieldErrors: { [field]: [key] } });

export async function saveInTransaction(work: (tx: Prisma.TransactionClient) => Promise<SaveSuccess>): Promise<SaveResult> {
  try {
    return await transactionAnnounced(work);
  } catch (error) {
    if (error instanceof SaveRefused) return error.failure;
    throw error;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

// A stale save names whoever saved last, from the record's latest audit entry.
export async function staleSave(tx: Prisma.TransactionClient, entityType: ContentType, entityId: string): Promise<SaveRefused> {
  const last = await tx.auditLog.findFirst({
    where: { entityType, entityId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  if (!last?.actor) return new SaveRefused({ error: "conflictUnnamed" });
  return new SaveRefused({ error: "conflict", errorValues: { name: last.actor.name, time: last.createdAt.toISOString() } });
}
