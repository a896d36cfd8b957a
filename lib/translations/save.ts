import "server-only";
import type { ContentType, Locale, Prisma } from "@/generated/prisma/client";
import { isUniqueViolation, SaveRefused, type SaveFailure, type SaveSuccess } from "@/lib/history/locked-save";
import { transactionAnnounced } from "@/lib/publishing/broadcast";

// A save's transaction for the structure editors. A SaveRefused rolls back what was written
// before it; two saves that raced past the checks are decided by the unique indexes.
export async function saveTranslated<T extends SaveSuccess>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T | SaveFailure> {
  try {
    return await transactionAnnounced(work);
  } catch (error) {
    if (error instanceof SaveRefused) return error.failure;
    if (isUniqueViolation(error)) {
      const detail = JSON.stringify((error as { meta?: unknown }).meta ?? {}) + String((error as Error).message);
      return /slug/i.test(detail) ? { fieldErrors: { slug: ["slugTaken"] } } : { error: "conflictUnknown" };
    }
    throw error;
  }
}

// A stale save of one locale names whoever saved that locale last (or the record, for
// the fields both locales share: locale null).
export async function staleLocale(tx: Prisma.TransactionClient, entityType: ContentType, entityId: string, locale: Locale | null): Promise<SaveRefused> {
  const last = await tx.auditLog.findFirst({
    where: { entityType, entityId, ...(locale ? { locale } : {}) },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  if (!last?.actor) return new SaveRefused({ error: "conflictUnknown" });
  return new SaveRefused({ error: "conflict", errorValues: { name: last.actor.name, time: last.createdAt.toISOString() } });
}

// jsonb does not keep key order, so stored and submitted documents are compared by content.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export const sameJson = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
