import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type UserResult =
  | { ok: true; id: string; updatedAt: string; tags: string[] }
  | { ok: false; error?: string; errorValues?: Record<string, string>; fieldErrors?: Record<string, string[]> };

export const fail = (error: string, errorValues?: Record<string, string>): UserResult => ({ ok: false, error, errorValues });

// Actions that change an account; a sign-in is logged against the user too but changes nothing.
export const userChangeActions = ["user.create", "user.update", "user.deactivate", "user.activate", "user.reset_password"];

// Locks the rows of the active administrators, in a fixed order, until the transaction ends:
// two administrators demoting or deactivating each other at the same moment would otherwise
// each see the other as the one who remains, and leave nobody.
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "user" WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}

// Who changed the account last and when, to name them when a stale save is refused. The
// one unlogged write is the user's own choice of back-office language: then it was them.
export async function lastChange(tx: Tx, id: string): Promise<{ name: string; time: string }> {
  const entry = await tx.auditLog.findFirst({
    where: { entityType: "user", entityId: id, action: { in: userChangeActions } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  if (entry) return { name: entry.actor?.name ?? "—", time: entry.createdAt.toISOString() };
  const user = await tx.user.findUnique({ where: { id }, select: { name: true, updatedAt: true } });
  return { name: user?.name ?? "—", time: (user?.updatedAt ?? new Date()).toISOString() };
}
