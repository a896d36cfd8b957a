import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { tags } from "@/lib/cache-tags";
import { type Actor, refuse, refuseField, refuseStale, runSave, type SaveResult } from "@/lib/saving/core";
import { recordChange } from "@/lib/history/record";
import type { RegionCompetenciesInput, RegionTranslationInput } from "@/lib/zod/regions";

type Tx = Prisma.TransactionClient;

// Region translations have no version column, so every save of a region takes the region's
// version: claimed first, before anything is written, so a stale save changes nothing.
async function claimVersion(tx: Tx, regionId: string, version: number) {
  const { count } = await tx.region.updateMany({ where: { id: regionId, version }, data: { version: { increment: 1 } } });
  if (count === 0) {
    if (!(await tx.region.count({ where: { id: regionId } }))) refuse("notFound");
    await refuseStale(tx, { entityType: "region", entityId: regionId });
  }
  return version + 1;
}

export async function saveRegionTranslation(actor: Actor, input: RegionTranslationInput): Promise<SaveResult> {
  const { regionId, locale } = input;
  return runSave(async (tx) => {
    // Any save of the region conflicts with this one, whichever locale it changed.
    const version = await claimVersion(tx, regionId, input.version);
    const region = await tx.region.findUniqueOrThrow({
      where: { id: regionId },
      select: { slug: true, translations: { where: { locale }, select: { name: true } } },
    });
    const text = { name: input.name, capital: input.capital, summary: input.summary, profile: input.profile as Prisma.InputJsonValue };
    await tx.regionTranslation.upsert({ where: { regionId_locale: { regionId, locale } }, create: { regionId, locale, ...text }, update: text });
    await recordChange(tx, { actorId: actor.id, action: "region.save", entityType: "region", entityId: regionId, locale, version, snapshot: text });
    // A region's name also shows on news cards, practice cards and ratings of every page.
    const renamed = region.translations[0]?.name !== input.name;
    return { ok: true as const, id: regionId, version, tags: [tags.regions, tags.region(region.slug), ...(renamed ? [tags.articles] : [])] };
  });
}

export async function saveRegionCompetencies(actor: Actor, input: RegionCompetenciesInput): Promise<SaveResult> {
  const { regionId } = input;
  return runSave(async (tx) => {
    const competencyIds = [...new Set(input.competencyIds)];
    if ((await tx.competency.count({ where: { id: { in: competencyIds } } })) !== competencyIds.length) refuseField("competencyIds", "invalid");
    const version = await claimVersion(tx, regionId, input.version);
    const region = await tx.region.update({
      where: { id: regionId },
      data: { competencies: { set: competencyIds.map((id) => ({ id })) } },
      select: { slug: true },
    });
    await recordChange(tx, { actorId: actor.id, action: "region.save", entityType: "region", entityId: regionId, version, snapshot: { competencyIds } });
    // The regions list filters by competency; the region's page lists them.
    return { ok: true as const, id: regionId, version, tags: [tags.regions, tags.competencies, tags.region(region.slug)] };
  });
}
