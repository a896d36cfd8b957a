import { transliterateSlug } from "../../../lib/slug.ts";
import { body, lead, title, type TextContext } from "./bodies.ts";
import { columns, type Job, type Row } from "./insert.ts";
import { BENCH_PREFIX, type Reference } from "./reference.ts";
import { between, personName, pick, rng, type Lang, type Rng } from "./words.ts";

// The rows of N synthetic articles (every one in Russian, nine in ten also in English),
// ~200 practices and rating editions for the years the demo programs lack.

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const KINDS = [
  ["news", 0.7],
  ["press_release", 0.15],
  ["event", 0.1],
  ["interview", 0.05],
] as const;

function kind(r: Rng) {
  let x = r();
  for (const [k, w] of KINDS) if ((x -= w) < 0) return k;
  return "news";
}

function distinct<T>(r: Rng, list: T[], n: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

function context(ref: Reference, lang: Lang): TextContext {
  return { lang, regionNames: ref.regions.map((x) => x.name[lang]), regionSlugs: ref.regions.map((x) => x.slug), imageIds: ref.imageIds };
}

const slugOf = (t: string, n: number) =>
  `${transliterateSlug(t)
    .slice(0, 60)
    .replace(/-[^-]*$/, "")}-${n}`;

// Articles number `from` to `to` (inclusive); the generator is called chunk by chunk with
// one shared random stream, so memory stays small and the corpus is the same for any chunking.
export function articleJobs(ref: Reference, from: number, to: number, r: Rng, now: Date): Job[] {
  const ctx = { ru: context(ref, "ru"), en: context(ref, "en") };
  const articles: Row[] = [];
  const translations: Row[] = [];
  const links: Row[] = [];
  for (let n = from; n <= to; n++) {
    const id = `${BENCH_PREFIX}a-${n}`;
    // Ten years back from now, evenly; `n` keeps each publication time distinct.
    const published = new Date(now.getTime() - 60_000 - r() * 10 * YEAR_MS + n).toISOString();
    const regions = distinct(r, ref.regions, between(r, 1, 3));
    articles.push({ id, kind: kind(r), coverId: ref.imageIds.length && r() < 0.85 ? pick(r, ref.imageIds) : null, createdAt: published, updatedAt: published });
    for (const x of regions) links.push({ A: id, B: x.id });
    for (const lang of r() < 0.9 ? (["ru", "en"] as const) : (["ru"] as const)) {
      const c = ctx[lang];
      const heading = title(r, lang, 5, 9, r() < 0.5 ? regions[0]!.name[lang] : undefined);
      const leadText = lead(r, c);
      translations.push({
        id: `${id}-${lang}`,
        articleId: id,
        locale: lang,
        slug: slugOf(heading, n),
        title: heading,
        lead: leadText,
        body: body(r, c),
        author: r() < 0.6 ? personName(r, lang) : "",
        seoDescription: "",
        createdAt: published,
        ...publishedAt(published),
      });
    }
  }
  return [
    { table: "Article", columns: columns.article, rows: articles },
    { table: "ArticleTranslation", columns: columns.articleTranslation, rows: translations },
    { table: "_ArticleToRegion", columns: columns.link, rows: links },
  ];
}

// A translation published once, at `at`, and not changed since.
const publishedAt = (at: string) => ({ status: "published", publishedAt: at, contentUpdatedAt: at, updatedAt: at });

export function practiceJobs(ref: Reference, count = 200, now = new Date(), seed = 200): Job[] {
  const r = rng(seed);
  const practices: Row[] = [];
  const translations: Row[] = [];
  const topics: Row[] = [];
  for (let n = 1; n <= count; n++) {
    const id = `${BENCH_PREFIX}p-${n}`;
    const region = pick(r, ref.regions);
    const published = new Date(now.getTime() - 60_000 - r() * 10 * YEAR_MS).toISOString();
    practices.push({ id, regionId: region.id, coverId: ref.imageIds.length ? pick(r, ref.imageIds) : null, createdAt: published, updatedAt: published });
    for (const t of distinct(r, ref.topicIds, between(r, 1, Math.min(3, ref.topicIds.length)))) topics.push({ A: id, B: t });
    for (const lang of ["ru", "en"] as const) {
      const heading = title(r, lang, 4, 8, region.name[lang]);
      translations.push({
        id: `${id}-${lang}`,
        practiceId: id,
        locale: lang,
        slug: slugOf(heading, n),
        title: heading,
        summary: lead(r, context(ref, lang)),
        body: body(r, context(ref, lang)),
        ...publishedAt(published),
      });
    }
  }
  return [
    { table: "Practice", columns: columns.practice, rows: practices },
    { table: "PracticeTranslation", columns: columns.practiceTranslation, rows: translations },
    { table: "_PracticeToTopic", columns: columns.link, rows: topics },
  ];
}

// Editions for the six years before this one that a program does not have yet, each
// ranking all regions.
export function ratingJobs(ref: Reference, now = new Date(), seed = 19): Job[] {
  const r = rng(seed);
  const editions: Row[] = [];
  const entries: Row[] = [];
  const at = now.toISOString();
  for (const p of ref.programs) {
    for (let year = now.getUTCFullYear() - 6; year < now.getUTCFullYear(); year++) {
      if (p.years.includes(year)) continue;
      const id = `${BENCH_PREFIX}r-${p.id}-${year}`;
      editions.push({ id, programId: p.id, year, isDemo: p.isDemo, status: "published", publishedAt: at, createdAt: at, updatedAt: at });
      const scores = ref.regions.map((x) => ({ regionId: x.id, score: Math.round(r() * 10_000) / 100 })).sort((a, b) => b.score - a.score);
      scores.forEach((s, i) => entries.push({ id: `${id}-${i + 1}`, editionId: id, regionId: s.regionId, rank: i + 1, score: s.score }));
    }
  }
  return [
    { table: "RatingEdition", columns: columns.ratingEdition, rows: editions },
    { table: "RatingEntry", columns: columns.ratingEntry, rows: entries },
  ];
}
