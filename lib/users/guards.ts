import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { lastSaver, refuse } from "@/lib/saving/core";

type Tx = Prisma.TransactionClient;

// Actions that change an account; a sign-in is logged against the user too but changes nothing.
export const userChangeActions = ["user.create", "user.update", "user.deactivate", "user.activate", "user.reset_password"];

// Locks the rows of the active administrators, in a fixed order, until the transaction ends:
// two administrators demoting or deactivating each other at the same moment would otherwise
// each see the other as the one who remains, and leave nobody.
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "user" WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}

// A stale change of an account names who changed it last. The one unlogged write is the
// user's own choice of back-office language: then it was them.
export async function refuseStaleAccount(tx: Tx, id: string): Promise<never> {
  const logged = await lastSaver(tx, { entityType: "user", entityId: id, actions: userChangeActions });
  if (logged) return refuse("conflict", logged);
  const user = await tx.user.findUnique({ where: { id }, select: { name: true, updatedAt: true } });
  return user ? refuse("conflict", { name: user.name, time: user.updatedAt.toISOString() }) : refuse("notFound");
}
