import "server-only";
import { db } from "@/lib/db";
import { resolveElsewhere, type Elsewhere } from "@/lib/translations/elsewhere";
import type { RichText } from "@/lib/rich-text/schema";
import type { Locale } from "@/i18n/routing";
import { practicesPerPage, type PracticeFilter } from "./filter";

// Plain reads that take the Prisma client (tested directly); queries.ts caches them.
// Only translations published in the locale are listed: a practice written in one
// language never appears in the other language's lists.

type Named = { slug: string; name: string };
export type PracticeCard = { id: string; slug: string; title: string; summary: string; publishedAt: string; region: Named; topics: Named[] };
export type PracticePage = { items: PracticeCard[]; total: number; page: number; pageCount: number };
export type PracticeDetail = PracticeCard & { body: RichText; regionCode: string; slugs: Partial<Record<Locale, string>> };
export type PracticeResolution = { type: "practice"; practice: PracticeDetail } | Elsewhere | null;

const published = { status: "published" as const };

const cardInclude = (locale: Locale) =>
  ({
    practice: {
      include: {
        region: { include: { translations: { where: { locale } } } },
        topics: { orderBy: { slug: "asc" }, include: { translations: { where: { locale } } } },
        translations: { where: published, select: { locale: true, slug: true } },
      },
    },
  }) as const;

type Row = NonNullable<Awaited<ReturnType<typeof findOne>>>;
const findOne = (locale: Locale, slug: string) => db.practiceTranslation.findUnique({ where: { locale_slug: { locale, slug } }, include: cardInclude(locale) });

function toCard(t: Row): PracticeCard {
  const { region, topics } = t.practice;
  return {
    id: t.practiceId,
    slug: t.slug,
    title: t.title,
    summary: t.summary,
    publishedAt: (t.publishedAt ?? t.updatedAt).toISOString(),
    region: { slug: region.slug, name: region.translations[0]?.name ?? region.code },
    topics: topics.map((x) => ({ slug: x.slug, name: x.translations[0]?.name ?? x.slug })),
  };
}

const whereOf = (locale: Locale, f: Omit<PracticeFilter, "page">) => ({
  locale,
  ...published,
  practice: { region: f.region ? { slug: f.region } : undefined, topics: f.topic ? { some: { slug: f.topic } } : undefined },
});

export async function loadPracticeList(locale: Locale, filter: PracticeFilter, perPage = practicesPerPage): Promise<PracticePage> {
  const where = whereOf(locale, filter);
  const [total, rows] = await Promise.all([
    db.practiceTranslation.count({ where }),
    db.practiceTranslation.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * perPage,
      take: perPage,
      include: cardInclude(locale),
    }),
  ]);
  return { items: rows.map(toCard), total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

// Choices for the filter form: regions that have a practice in this locale, and all topics.
export async function loadPracticeFilters(locale: Locale): Promise<{ regions: Named[]; topics: Named[] }> {
  const [regions, topics] = await Promise.all([
    db.region.findMany({
      where: { practices: { some: { translations: { some: { locale, ...published } } } } },
      include: { translations: { where: { locale } } },
    }),
    db.topic.findMany({ orderBy: { slug: "asc" }, include: { translations: { where: { locale } } } }),
  ]);
  const collator = new Intl.Collator(locale);
  const named = (rows: { slug: string; translations: { name: string }[] }[]) =>
    rows.map((r) => ({ slug: r.slug, name: r.translations[0]?.name ?? r.slug })).sort((a, b) => collator.compare(a.name, b.name));
  return { regions: named(regions), topics: named(topics) };
}

export async function resolvePractice(locale: Locale, slug: string): Promise<PracticeResolution> {
  const own = await findOne(locale, slug);
  if (own?.status === "published") {
    const p = own.practice;
    return {
      type: "practice",
      practice: {
        ...toCard(own),
        body: own.body as RichText,
        regionCode: p.region.code,
        slugs: Object.fromEntries(p.translations.map((x) => [x.locale, x.slug])),
      },
    };
  }
  return resolveElsewhere("practice", locale, slug, {
    own: (practiceId, l) => db.practiceTranslation.findUnique({ where: { practiceId_locale: { practiceId, locale: l } } }),
    other: async (s, l) => {
      const row = await db.practiceTranslation.findFirst({
        where: { slug: s, locale: { not: l }, ...published },
        select: { practiceId: true, locale: true, title: true },
      });
      return row && { entityId: row.practiceId, locale: row.locale, title: row.title };
    },
  });
}

export async function loadPracticeParams(): Promise<{ locale: Locale; slug: string }[]> {
  return db.practiceTranslation.findMany({ where: published, select: { locale: true, slug: true } });
}
