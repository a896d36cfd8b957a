import "server-only";
import type { ContentType, Locale, Prisma } from "@/generated/prisma/client";

// Who saved an item last and when, to name them when a stale save is refused.
export async function lastEditor(tx: Prisma.TransactionClient, entityType: ContentType, entityId: string, locale?: Locale | null) {
  const entry = await tx.auditLog.findFirst({
    where: { entityType, entityId, ...(locale !== undefined ? { locale } : {}) },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  return { name: entry?.actor?.name ?? "—", time: (entry?.createdAt ?? new Date()).toISOString() };
}
