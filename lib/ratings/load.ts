import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/i18n/routing";

// Plain reads that take the Prisma client, so integration tests can call them without
// Next's cache; queries.ts wraps them in unstable_cache for the pages.

export type RatingRegion = { code: string; slug: string; name: string };
export type RankSeries = { region: RatingRegion; ranks: { year: number; rank: number }[] };
export type RatingProgramDetail = {
  key: string;
  title: string;
  description: string;
  isDemo: boolean;
  editions: { year: number; isDemo: boolean }[];
  // One line per region over the published editions, best final rank first.
  series: RankSeries[];
};
export type RatingEntryRow = { rank: number; score: number; region: RatingRegion };
export type RatingEditionDetail = {
  program: { key: string; title: string; isDemo: boolean };
  year: number;
  isDemo: boolean;
  entries: RatingEntryRow[];
  previous: number | null;
  next: number | null;
};

const published = { status: "published" as const };

const regionOf = (r: { code: string; slug: string; translations: { name: string }[] }): RatingRegion => ({
  code: r.code,
  slug: r.slug,
  name: r.translations[0]?.name ?? r.code,
});

const regionInclude = (locale: Locale) => ({ region: { include: { translations: { where: { locale } } } } }) as const;

export async function loadProgramKeys(): Promise<string[]> {
  return (await db.ratingProgram.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((p) => p.key);
}

export async function loadEditionParams(): Promise<{ program: string; year: number }[]> {
  const rows = await db.ratingEdition.findMany({ where: published, select: { year: true, program: { select: { key: true } } } });
  return rows.map((e) => ({ program: e.program.key, year: e.year }));
}

export async function loadProgram(locale: Locale, key: string): Promise<RatingProgramDetail | null> {
  const p = await db.ratingProgram.findUnique({
    where: { key },
    include: {
      translations: { where: { locale } },
      editions: { where: published, orderBy: { year: "asc" }, include: { entries: { include: regionInclude(locale) } } },
    },
  });
  if (!p) return null;
  const byRegion = new Map<string, RankSeries>();
  for (const e of p.editions) {
    for (const entry of e.entries) {
      const series = byRegion.get(entry.region.code) ?? { region: regionOf(entry.region), ranks: [] };
      series.ranks.push({ year: e.year, rank: entry.rank });
      byRegion.set(entry.region.code, series);
    }
  }
  const last = (s: RankSeries) => s.ranks.at(-1)!;
  const series = [...byRegion.values()].sort((a, b) => last(b).year - last(a).year || last(a).rank - last(b).rank);
  return {
    key: p.key,
    title: p.translations[0]?.title ?? p.key,
    description: p.translations[0]?.description ?? "",
    isDemo: p.isDemo || p.editions.some((e) => e.isDemo),
    editions: p.editions.map((e) => ({ year: e.year, isDemo: e.isDemo })),
    series,
  };
}

export async function loadEdition(locale: Locale, key: string, year: number): Promise<RatingEditionDetail | null> {
  const program = await db.ratingProgram.findUnique({
    where: { key },
    include: { translations: { where: { locale } }, editions: { where: published, select: { year: true }, orderBy: { year: "asc" } } },
  });
  if (!program) return null;
  const edition = await db.ratingEdition.findFirst({
    where: { programId: program.id, year, ...published },
    include: { entries: { orderBy: { rank: "asc" }, include: regionInclude(locale) } },
  });
  if (!edition) return null;
  const years = program.editions.map((e) => e.year);
  const at = years.indexOf(year);
  return {
    program: { key: program.key, title: program.translations[0]?.title ?? program.key, isDemo: program.isDemo },
    year,
    isDemo: edition.isDemo || program.isDemo,
    entries: edition.entries.map((e) => ({ rank: e.rank, score: e.score.toNumber(), region: regionOf(e.region) })),
    previous: years[at - 1] ?? null,
    next: years[at + 1] ?? null,
  };
}
