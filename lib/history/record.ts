import "server-only";
import { headers } from "next/headers";
import type { ContentType, Locale, Prisma } from "@/generated/prisma/client";
import { clientIp } from "@/lib/auth/client-ip";

export type ChangeRecord = {
  actorId: string | null; // null: the scheduler
  action: string; // e.g. "article.save", "article.publish", "media.upload"
  entityType: ContentType;
  entityId: string;
  locale?: Locale | null;
  // With a snapshot the change also becomes a revision of that version.
  version?: number;
  snapshot?: Prisma.InputJsonValue;
  details?: Prisma.InputJsonValue;
  // Left out: the address of the request that made the change (none outside a request).
  ipAddress?: string | null;
};

async function requestAddress(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    // Outside a request: a script, a test, the seed.
    return null;
  }
}

// Called inside the transaction of the change itself, so a save, its revision and its
// audit entry are written together or not at all.
export async function recordChange(tx: Prisma.TransactionClient, change: ChangeRecord) {
  const { actorId, entityType, entityId } = change;
  const locale = change.locale ?? null;
  if (change.snapshot !== undefined && change.version !== undefined) {
    await tx.revision.create({ data: { entityType, entityId, locale, version: change.version, snapshot: change.snapshot, authorId: actorId } });
  }
  await recordAudit(tx, change);
}

// An audit entry alone, also for what is not a content record (the press list), with the
// request's address like every other entry.
export async function recordAudit(
  tx: Prisma.TransactionClient,
  entry: Pick<ChangeRecord, "actorId" | "action" | "details" | "ipAddress"> & Partial<Pick<ChangeRecord, "entityType" | "entityId" | "locale">>,
) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      locale: entry.locale ?? null,
      details: entry.details ?? {},
      ipAddress: entry.ipAddress !== undefined ? entry.ipAddress : await requestAddress(),
    },
  });
}

// A record saved from one form (a contact, a document, an album, a person): "<type>.create"
// when the form had no id, "<type>.update" when it had one.
export function recordFormSave(
  tx: Prisma.TransactionClient,
  actorId: string,
  formId: string | undefined,
  saved: Pick<ChangeRecord, "entityType" | "entityId" | "version" | "snapshot" | "details">,
) {
  return recordChange(tx, { actorId, action: `${saved.entityType}.${formId ? "update" : "create"}`, ...saved });
}
