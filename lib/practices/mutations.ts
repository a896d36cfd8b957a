import "server-only";
import { imagesMissingAlt } from "@/lib/media/alt-check";
import { bodyMediaIds } from "@/lib/rich-text/media-ids";
import type { Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/auth/roles";
import { tags } from "@/lib/cache-tags";
import { type Actor, refuse, refuseField, refuseStale, runSave, type SaveResult, writeVersioned } from "@/lib/saving/core";
import { recordChange } from "@/lib/history/record";
import { sameJson } from "@/lib/translations/same-json";
import { statusAction, statusFields, statusSnapshot } from "@/lib/translations/status";
import type { PracticeCreateInput, PracticeSharedInput, PracticeTranslationInput } from "@/lib/zod/practices";
import { claimSlug, keepOldSlug } from "./slugs";

type Tx = Prisma.TransactionClient;
type Result = Promise<SaveResult>;

// Region, topics and cover must exist (a cover must be an image) before they are linked.
async function checkShared(tx: Tx, input: PracticeCreateInput) {
  if (!(await tx.region.count({ where: { id: input.regionId } }))) refuseField("regionId", "invalid");
  const topicIds = [...new Set(input.topicIds)];
  if ((await tx.topic.count({ where: { id: { in: topicIds } } })) !== topicIds.length) refuseField("topicIds", "invalid");
  if (input.coverId && !(await tx.media.count({ where: { id: input.coverId, kind: "image" } }))) refuseField("coverId", "invalid");
  return topicIds;
}

const sharedSnapshot = (input: PracticeCreateInput, topicIds: string[]) => ({ regionId: input.regionId, coverId: input.coverId, topicIds });

// A new practice starts with its shared fields; its texts are added in the editor.
export async function createPractice(actor: Actor, input: PracticeCreateInput): Result {
  return runSave(async (tx) => {
    const topicIds = await checkShared(tx, input);
    const p = await tx.practice.create({ data: { regionId: input.regionId, coverId: input.coverId, topics: { connect: topicIds.map((id) => ({ id })) } } });
    await recordChange(tx, {
      actorId: actor.id,
      action: "practice.create",
      entityType: "practice",
      entityId: p.id,
      version: p.version,
      snapshot: sharedSnapshot(input, topicIds),
    });
    // Nothing is published yet, so no public page shows it.
    return { ok: true as const, id: p.id, version: p.version, tags: [] };
  });
}

export async function savePracticeShared(actor: Actor, input: PracticeSharedInput): Result {
  const { practiceId: id } = input;
  return runSave(async (tx) => {
    const before = await tx.practice.findUnique({ where: { id }, select: { region: { select: { slug: true } } } });
    if (!before) refuse("notFound");
    const topicIds = await checkShared(tx, input);
    const { count } = await tx.practice.updateMany({
      where: { id, version: input.version },
      data: { regionId: input.regionId, coverId: input.coverId, version: { increment: 1 } },
    });
    if (count === 0) await refuseStale(tx, { entityType: "practice", entityId: id, locale: null });
    const saved = await tx.practice.update({
      where: { id },
      data: { topics: { set: topicIds.map((t) => ({ id: t })) } },
      select: { version: true, region: { select: { slug: true } } },
    });
    await recordChange(tx, {
      actorId: actor.id,
      action: "practice.save",
      entityType: "practice",
      entityId: id,
      version: saved.version,
      snapshot: sharedSnapshot(input, topicIds),
    });
    // Lists, filters and both regions' pages (the one it left and the one it joined).
    return { ok: true as const, id, version: saved.version, tags: [tags.practices, tags.region(before.region.slug), tags.region(saved.region.slug)] };
  });
}

// Saves one locale's text. Version 0 creates the translation. A new slug of a published
// translation keeps the old one as a redirect.
export async function savePracticeTranslation(actor: Actor, input: PracticeTranslationInput): Result {
  const { practiceId, locale } = input;
  return runSave(async (tx) => {
    const practice = await tx.practice.findUnique({ where: { id: practiceId }, select: { version: true, region: { select: { slug: true } } } });
    if (!practice) refuse("notFound");
    const current = await tx.practiceTranslation.findUnique({ where: { practiceId_locale: { practiceId, locale } } });
    const stale = { entityType: "practice" as const, entityId: practiceId, locale };
    if ((current?.version ?? 0) !== input.version) await refuseStale(tx, stale);
    const before = current?.status ?? "draft";
    if (before !== input.status && !can(actor.role, "content.publish")) refuse("auth.forbidden");
    if (input.status === "published") {
      const { coverId } = await tx.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { coverId: true } });
      const missing = await imagesMissingAlt(tx, [coverId, ...bodyMediaIds(input.body.content)], locale);
      if (missing.length) refuse("publish.altMissing", { files: missing.join(", ") });
    }
    await claimSlug(tx, practiceId, locale, input.slug);

    const textChanged = !current || current.title !== input.title || current.summary !== input.summary || !sameJson(current.body, input.body);
    const data = {
      slug: input.slug,
      title: input.title,
      summary: input.summary,
      body: input.body as Prisma.InputJsonValue,
      ...statusFields(current, input.status, textChanged),
    };
    const saved = await writeVersioned(tx, tx.practiceTranslation, { current, version: input.version, data, create: { practiceId, locale }, stale });
    const moved = current !== null && current.status === "published" && current.slug !== input.slug;
    if (moved) await keepOldSlug(tx, practiceId, locale, current.slug);
    // The seed refreshes a practice only while its version is 1; the first edit marks it as an editor's.
    const marked = practice.version === 1 ? (await tx.practice.updateMany({ where: { id: practiceId, version: 1 }, data: { version: 2 } })).count : 0;

    const snapshot = {
      slug: saved.slug,
      title: saved.title,
      summary: saved.summary,
      ...statusSnapshot(saved),
    };
    await recordChange(tx, {
      actorId: actor.id,
      action: statusAction("practice", before, input.status),
      entityType: "practice",
      entityId: practiceId,
      locale,
      version: saved.version,
      snapshot,
      details: { textChanged, ...(moved ? { fromSlug: current.slug } : {}) },
    });
    const affected = [tags.practices, tags.region(practice.region.slug), ...(moved ? [tags.redirects] : [])];
    return { ok: true as const, id: practiceId, version: saved.version, tags: affected, data: { baseVersion: marked ? 2 : undefined } };
  });
}
