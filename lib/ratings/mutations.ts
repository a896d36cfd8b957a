import "server-only";
import { type ActorRef, refuse, refuseField, refuseStale, runSave, SaveRefused, type SaveResult } from "@/lib/saving/core";
import type { Prisma } from "@/generated/prisma/client";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { recordChange } from "@/lib/history/record";
import type { CreateRatingEditionInput, RatingEditionStatusInput, RatingRow } from "@/lib/zod/ratings";
import { parseRatingCsv, type RegionRef } from "./import";

// Changes of rating editions. Each runs in one transaction with its audit entry (and a
// revision when the entries change) and answers the cache tags the caller must expire.

// Everything public that shows ratings (programme and edition pages, the home teaser,
// region pages) is cached under these two tags; drafts appear on none of them.
const publicTags = [tags.ratings, tags.regions];
const staleEdition = (tx: Prisma.TransactionClient, editionId: string) => refuseStale(tx, { entityType: "rating_edition", entityId: editionId });

// Two editors creating the same year at once: the unique index decides, with the same answer
// as the check before it.
const yearTaken = { fieldErrors: { year: ["rating.yearTaken"] } };

export async function createRatingEdition(actor: ActorRef, input: CreateRatingEditionInput): Promise<SaveResult> {
  return runSave(async (tx) => {
    const program = await tx.ratingProgram.findUnique({ where: { id: input.programId }, select: { id: true, key: true } });
    if (!program) refuseField("programId", "notFound");
    if (await tx.ratingEdition.findUnique({ where: { programId_year: { programId: program.id, year: input.year } }, select: { id: true } }))
      refuseField("year", "rating.yearTaken");
    const edition = await tx.ratingEdition.create({ data: { programId: program.id, year: input.year, isDemo: input.isDemo } });
    const snapshot = { program: program.key, year: edition.year, status: edition.status, isDemo: edition.isDemo, entries: [] };
    await recordChange(tx, {
      actorId: actor.id,
      action: "rating_edition.create",
      entityType: "rating_edition",
      entityId: edition.id,
      version: edition.version,
      snapshot,
    });
    // A new edition is a draft: nothing public changes until it is published.
    return { ok: true as const, id: edition.id, version: edition.version, tags: [] };
  }, yearTaken);
}

type Snapshot = Prisma.InputJsonObject;

// Replaces every entry of the edition, or nothing: the version check, the new rows, the
// revision and the audit entry share one transaction.
async function replaceEntries(actor: ActorRef, editionId: string, version: number, rows: RatingRow[], action: string, details: Snapshot): Promise<SaveResult> {
  return runSave(async (tx) => {
    const edition = await tx.ratingEdition.findUnique({ where: { id: editionId }, include: { program: { select: { key: true } } } });
    if (!edition) refuse("notFound");
    if (edition.version !== version) await staleEdition(tx, editionId);
    // A published edition stays readable; taking it down is a separate, deliberate step.
    if (edition.status === "published" && rows.length === 0) refuse("rating.publishedEmpty");
    const codeOf = new Map((await tx.region.findMany({ select: { id: true, code: true } })).map((r) => [r.id, r.code]));
    const unknown = rows.flatMap((r, i) => (codeOf.has(r.regionId) ? [] : [`rows.${i}.regionId`]));
    if (unknown.length) throw new SaveRefused({ fieldErrors: Object.fromEntries(unknown.map((key) => [key, ["rating.regionUnknown"]])) });
    const sorted = [...rows].sort((a, b) => a.rank - b.rank);
    const { count } = await tx.ratingEdition.updateMany({ where: { id: editionId, version }, data: { version: { increment: 1 } } });
    if (count === 0) await staleEdition(tx, editionId);
    await tx.ratingEntry.deleteMany({ where: { editionId } });
    await tx.ratingEntry.createMany({ data: sorted.map((r) => ({ editionId, regionId: r.regionId, rank: r.rank, score: r.score })) });
    const snapshot = {
      program: edition.program.key,
      year: edition.year,
      status: edition.status,
      isDemo: edition.isDemo,
      entries: sorted.map((r) => ({ region: codeOf.get(r.regionId)!, rank: r.rank, score: r.score })),
    };
    await recordChange(tx, {
      actorId: actor.id,
      action,
      entityType: "rating_edition",
      entityId: editionId,
      version: version + 1,
      snapshot,
      details,
    });
    const data = { rows: sorted.map((r) => ({ regionId: r.regionId, rank: String(r.rank), score: r.score })) };
    return { ok: true as const, id: editionId, version: version + 1, data, tags: edition.status === "published" ? publicTags : [] };
  });
}

export async function saveRatingEntries(actor: ActorRef, input: { editionId: string; version: number; rows: RatingRow[] }): Promise<SaveResult> {
  return replaceEntries(actor, input.editionId, input.version, input.rows, "rating_edition.save", { rows: input.rows.length });
}

async function loadRegionRefs(): Promise<RegionRef[]> {
  const regions = await db.region.findMany({ select: { id: true, code: true, slug: true, translations: { select: { name: true } } } });
  return regions.map((r) => ({ id: r.id, code: r.code, slug: r.slug, names: r.translations.map((t) => t.name) }));
}

// All rows or none: any problem in the file is reported by line and nothing changes.
export async function importRatingCsv(actor: ActorRef, input: { editionId: string; version: number; content: Uint8Array | string }): Promise<SaveResult> {
  const parsed = parseRatingCsv(input.content, await loadRegionRefs());
  if (!parsed.ok) return { ok: false, error: "csv.invalid", errorValues: { count: parsed.total }, data: { issues: parsed.issues, total: parsed.total } };
  return replaceEntries(actor, input.editionId, input.version, parsed.rows, "rating_edition.import", { rows: parsed.rows.length });
}

export async function setRatingEditionStatus(actor: ActorRef, input: RatingEditionStatusInput): Promise<SaveResult> {
  return runSave(async (tx) => {
    const edition = await tx.ratingEdition.findUnique({ where: { id: input.editionId }, include: { _count: { select: { entries: true } } } });
    if (!edition) refuse("notFound");
    if (edition.version !== input.version) await staleEdition(tx, edition.id);
    if (input.publish && edition._count.entries === 0) refuse("rating.publishEmpty");
    const status = input.publish ? ("published" as const) : ("draft" as const);
    const publishedAt = input.publish ? new Date() : null;
    const { count } = await tx.ratingEdition.updateMany({
      where: { id: edition.id, version: input.version },
      data: { status, publishedAt, version: { increment: 1 } },
    });
    if (count === 0) await staleEdition(tx, edition.id);
    const action = input.publish ? "rating_edition.publish" : "rating_edition.unpublish";
    await recordChange(tx, {
      actorId: actor.id,
      action,
      entityType: "rating_edition",
      entityId: edition.id,
      details: { year: edition.year, status },
    });
    const data = { status, publishedAt: publishedAt?.toISOString() ?? null };
    return { ok: true as const, id: edition.id, version: input.version + 1, data, tags: publicTags };
  });
}
