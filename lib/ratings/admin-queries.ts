import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { Locale } from "@/i18n/routing";
import type { RatingListQuery } from "@/lib/zod/ratings";
import type { TemplateRow } from "./csv-template";

// Reads of the ratings back office: uncached, drafts included.

export type AdminEditionSummary = { id: string; year: number; status: string; isDemo: boolean; publishedAt: Date | null; entryCount: number };
export type AdminProgram = { id: string; key: string; title: string; isDemo: boolean; editions: AdminEditionSummary[] };
export type RegionOption = { id: string; code: string; name: string };
export type AdminEntryRow = { regionId: string; rank: string; score: string };
export type AdminEdition = {
  id: string;
  year: number;
  status: "published" | "draft";
  isDemo: boolean;
  publishedAt: string | null;
  version: number;
  program: { key: string; title: string; isDemo: boolean };
  rows: AdminEntryRow[];
};

const titleOf = (translations: { locale: string; title: string }[], locale: Locale, fallback: string) =>
  (translations.find((t) => t.locale === locale) ?? translations[0])?.title ?? fallback;

export async function listRatingPrograms(locale: Locale, query: RatingListQuery): Promise<AdminProgram[]> {
  const editionWhere: Prisma.RatingEditionWhereInput =
    query.status === "published" ? { status: "published" } : query.status === "draft" ? { status: { not: "published" } } : {};
  const programs = await db.ratingProgram.findMany({
    where: query.program ? { key: query.program } : {},
    orderBy: { key: "asc" },
    include: { translations: true, editions: { where: editionWhere, orderBy: { year: "desc" }, include: { _count: { select: { entries: true } } } } },
  });
  return programs.map((p) => ({
    id: p.id,
    key: p.key,
    title: titleOf(p.translations, locale, p.key),
    isDemo: p.isDemo,
    editions: p.editions.map((e) => ({ id: e.id, year: e.year, status: e.status, isDemo: e.isDemo, publishedAt: e.publishedAt, entryCount: e._count.entries })),
  }));
}

// Every programme for the create form and the filter, whatever the filter says.
export async function listProgramOptions(locale: Locale): Promise<{ id: string; key: string; title: string; isDemo: boolean }[]> {
  const programs = await db.ratingProgram.findMany({ orderBy: { key: "asc" }, include: { translations: true } });
  return programs.map((p) => ({ id: p.id, key: p.key, title: titleOf(p.translations, locale, p.key), isDemo: p.isDemo }));
}

// Cached per request: the page and its metadata share one read.
export const getRatingEditionForEdit = cache(async (id: string, locale: Locale): Promise<AdminEdition | null> => {
  const e = await db.ratingEdition.findUnique({
    where: { id },
    include: { program: { include: { translations: true } }, entries: { orderBy: { rank: "asc" } } },
  });
  if (!e) return null;
  return {
    id: e.id,
    year: e.year,
    status: e.status === "published" ? "published" : "draft",
    isDemo: e.isDemo,
    publishedAt: e.publishedAt?.toISOString() ?? null,
    version: e.version,
    program: { key: e.program.key, title: titleOf(e.program.translations, locale, e.program.key), isDemo: e.program.isDemo },
    rows: e.entries.map((x) => ({ regionId: x.regionId, rank: String(x.rank), score: x.score.toFixed(2) })),
  };
});

export async function listRegionOptions(locale: Locale): Promise<RegionOption[]> {
  const regions = await db.region.findMany({ include: { translations: { where: { locale } } } });
  const collator = new Intl.Collator(locale);
  return regions.map((r) => ({ id: r.id, code: r.code, name: r.translations[0]?.name ?? r.code })).sort((a, b) => collator.compare(a.name, b.name));
}

// The edition's rows for the import template; every region with blanks when it has none yet.
export async function getRatingTemplate(id: string, locale: Locale): Promise<{ program: string; year: number; rows: TemplateRow[] } | null> {
  const e = await db.ratingEdition.findUnique({ where: { id }, include: { program: true, entries: { orderBy: { rank: "asc" } } } });
  if (!e) return null;
  const regions = await listRegionOptions(locale);
  const byId = new Map(regions.map((r) => [r.id, r]));
  const rows: TemplateRow[] = e.entries.length
    ? e.entries.map((x) => ({ code: byId.get(x.regionId)?.code ?? "", name: byId.get(x.regionId)?.name ?? "", rank: x.rank, score: x.score.toFixed(2) }))
    : regions.map((r) => ({ code: r.code, name: r.name, rank: null, score: null }));
  return { program: e.program.key, year: e.year, rows };
}
