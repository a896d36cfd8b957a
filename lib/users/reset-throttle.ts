import "server-only";
import { db } from "@/lib/db";

export const RESET_WINDOW_MS = 15 * 60 * 1000;
export const RESET_MAX = 5;

// Refused while 5 or more password resets by this administrator, or of this account by
// anyone, fall within the last 15 minutes; the wait ends when the oldest of them leaves the
// window. Counted from the audit log, which every reset writes, so it holds across server
// processes; two resets at the same instant may both pass, which is fine against floods.
export async function passwordResetBlockedUntil(actorId: string, targetId: string, now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - RESET_WINDOW_MS);
  const resets = (where: { actorId: string } | { entityType: "user"; entityId: string }) =>
    db.auditLog.findMany({
      where: { ...where, action: "user.reset_password", createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: RESET_MAX,
      select: { createdAt: true },
    });
  const [byActor, ofTarget] = await Promise.all([resets({ actorId }), resets({ entityType: "user", entityId: targetId })]);
  const until = [byActor, ofTarget].filter((rows) => rows.length >= RESET_MAX).map((rows) => rows[RESET_MAX - 1]!.createdAt.getTime() + RESET_WINDOW_MS);
  return until.length ? new Date(Math.max(...until)) : null;
}
