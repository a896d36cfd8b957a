import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { RichText } from "@/lib/rich-text/schema";
import type { Locale } from "@/i18n/routing";

export type RegionSummary = {
  id: string;
  slug: string;
  code: string;
  name: string;
  capital: string;
  summary: string;
  competencies: { slug: string; name: string }[];
};

export type RegionRating = { program: string; programTitle: string; year: number; rank: number; score: number; isDemo: boolean };
export type RegionDetail = RegionSummary & { profile: RichText; ratings: RegionRating[] };

const pick = <T extends { locale: string }>(rows: T[], locale: Locale) => rows.find((r) => r.locale === locale) ?? rows[0];

const regionInclude = (locale: Locale) =>
  ({
    translations: true,
    competencies: { orderBy: { position: "asc" }, include: { translations: { where: { locale } } } },
  }) as const;

type RegionRow = Awaited<ReturnType<typeof db.region.findFirst<{ include: ReturnType<typeof regionInclude> }>>> & {};

function toSummary(row: RegionRow, locale: Locale): RegionSummary {
  const t = pick(row.translations, locale)!;
  return {
    id: row.id,
    slug: row.slug,
    code: row.code,
    name: t.name,
    capital: t.capital,
    summary: t.summary,
    competencies: row.competencies.map((c) => ({ slug: c.slug, name: c.translations[0]?.name ?? c.slug })),
  };
}

export const getRegions = cache(
  unstable_cache(
    async (locale: Locale): Promise<RegionSummary[]> => {
      const rows = await db.region.findMany({ include: regionInclude(locale) });
      const collator = new Intl.Collator(locale);
      return rows.map((r) => toSummary(r, locale)).sort((a, b) => collator.compare(a.name, b.name));
    },
    ["regions:list"],
    { tags: [tags.regions, tags.competencies] },
  ),
);

export const getRegionSlugs = unstable_cache(async () => (await db.region.findMany({ select: { slug: true } })).map((r) => r.slug), ["regions:slugs"], {
  tags: [tags.regions],
});

async function loadRegion(locale: Locale, slug: string): Promise<RegionDetail | null> {
  const row = await db.region.findUnique({
    where: { slug },
    include: {
      ...regionInclude(locale),
      ratings: {
        where: { edition: { status: "published" } },
        include: { edition: { include: { program: { include: { translations: { where: { locale } } } } } } },
      },
    },
  });
  if (!row) return null;
  const ratings = row.ratings
    .map((e) => ({
      program: e.edition.program.key,
      programTitle: e.edition.program.translations[0]?.title ?? e.edition.program.key,
      year: e.edition.year,
      rank: e.rank,
      score: e.score.toNumber(),
      isDemo: e.edition.isDemo,
    }))
    .sort((a, b) => a.program.localeCompare(b.program) || a.year - b.year);
  return { ...toSummary(row, locale), profile: pick(row.translations, locale)!.profile as RichText, ratings };
}

export const getRegion = cache((locale: Locale, slug: string) =>
  unstable_cache(loadRegion, ["regions:detail"], { tags: [tags.regions, tags.competencies, tags.region(slug)] })(locale, slug),
);

export const getCompetencies = cache(
  unstable_cache(
    async (locale: Locale) =>
      (await db.competency.findMany({ orderBy: { position: "asc" }, include: { translations: { where: { locale } } } })).map((c) => ({
        slug: c.slug,
        name: c.translations[0]?.name ?? c.slug,
      })),
    ["competencies"],
    { tags: [tags.competencies] },
  ),
);
