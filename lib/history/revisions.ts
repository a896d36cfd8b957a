import "server-only";
import type { ContentType, Locale } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { diffSnapshots, type FieldDiff } from "./diff";

export type RevisionEntry = { id: string; version: number; createdAt: Date; author: string | null; diffs: FieldDiff[] };

// The revisions of one item and locale (null: shared fields), newest first, each with
// what it changed against the one before it.
export async function listRevisions(
  entityType: ContentType,
  entityId: string,
  locale: Locale | null,
  fields: readonly string[],
  limit = 100,
): Promise<RevisionEntry[]> {
  const rows = await db.revision.findMany({
    where: { entityType, entityId, locale },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    take: limit + 1,
    include: { author: { select: { name: true } } },
  });
  return rows.slice(0, limit).map((r, i) => ({
    id: r.id,
    version: r.version,
    createdAt: r.createdAt,
    author: r.author?.name ?? null,
    diffs: diffSnapshots((rows[i + 1]?.snapshot as Record<string, unknown>) ?? null, r.snapshot as Record<string, unknown>, fields),
  }));
}
