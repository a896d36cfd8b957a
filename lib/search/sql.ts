import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import type { SearchFilters } from "./schema";
import { FRAGMENT_DELIMITER, SNIPPET_START, SNIPPET_STOP } from "./snippet";

// The SQL of a search, shared by the results and by the help shown when they are few.

// Ranking reads a match's whole tsvector (TOASTed, a few kB), which costs more than
// everything else per row, so it is bounded: all undated matches (regions, pages) and
// the newest RANKED dated ones are ranked, older matches follow by date. A query that
// matches thousands of articles then stays fast.
export const RANKED = 200;
export const headlineOptions = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`;
const inYear = (year: number) =>
  Prisma.sql`AND t."publishedAt" >= make_timestamp(${year}::int, 1, 1, 0, 0, 0) AND t."publishedAt" < make_timestamp(${year + 1}::int, 1, 1, 0, 0, 0)`;
const when = (cond: unknown, sql: Prisma.Sql) => (cond ? sql : Prisma.empty);

// Every published match in the locale, found through the GIN indexes, as narrow rows.
// Kind filters articles only, a year keeps dated items only, a region drops pages.
export function matches(locale: Locale, tsq: Prisma.Sql, f: SearchFilters): Prisma.Sql {
  const own = Prisma.sql`t.search @@ ${tsq} AND t.locale = ${locale}::"Locale"`;
  const regionId = Prisma.sql`(SELECT id FROM "Region" WHERE slug = ${f.region ?? null})`;
  const parts = [
    Prisma.sql`SELECT 'article' AS type, t.id, t."publishedAt" AS date FROM "ArticleTranslation" t
      WHERE ${own} AND t.status = 'published' ${when(f.year, inYear(f.year!))}
      ${when(f.kind, Prisma.sql`AND EXISTS (SELECT 1 FROM "Article" a WHERE a.id = t."articleId" AND a.kind = ${f.kind ?? null}::"ArticleKind")`)}
      ${when(f.region, Prisma.sql`AND EXISTS (SELECT 1 FROM "_ArticleToRegion" ar WHERE ar."A" = t."articleId" AND ar."B" = ${regionId})`)}`,
  ];
  if (!f.kind) {
    parts.push(Prisma.sql`SELECT 'practice', t.id, t."publishedAt" FROM "PracticeTranslation" t
      WHERE ${own} AND t.status = 'published' ${when(f.year, inYear(f.year!))}
      ${when(f.region, Prisma.sql`AND EXISTS (SELECT 1 FROM "Practice" p WHERE p.id = t."practiceId" AND p."regionId" = ${regionId})`)}`);
  }
  if (!f.kind && !f.year) {
    parts.push(Prisma.sql`SELECT 'region', t.id, NULL::timestamp FROM "RegionTranslation" t
      WHERE ${own} ${when(f.region, Prisma.sql`AND t."regionId" = ${regionId}`)}`);
  }
  if (!f.kind && !f.year && !f.region) {
    parts.push(Prisma.sql`SELECT 'page', t.id, NULL::timestamp FROM "PageTranslation" t WHERE ${own} AND t.status = 'published'`);
  }
  return Prisma.join(parts, " UNION ALL ");
}

// Cover density (scaled below 1) plus 1 when the title alone matches, so a title match
// always ranks above matches in the lead or body.
export function score(tsq: Prisma.Sql): Prisma.Sql {
  const of = (table: string) =>
    Prisma.sql`(SELECT ts_rank_cd(x.search, ${tsq}, 32) + CASE WHEN ts_filter(x.search, '{a}') @@ ${tsq} THEN 1 ELSE 0 END FROM ${Prisma.raw(`"${table}"`)} x WHERE x.id = c.id)`;
  return Prisma.sql`CASE c.type WHEN 'article' THEN ${of("ArticleTranslation")} WHEN 'practice' THEN ${of("PracticeTranslation")}
    WHEN 'region' THEN ${of("RegionTranslation")} ELSE ${of("PageTranslation")} END`;
}

// What a result shows, read only for the rows of the requested page.
export const details = Prisma.sql`
  SELECT t.slug AS key, t.title, a.kind::text AS kind, concat_ws(' ', t.lead, rich_text_plain(t.body)) AS doc
    FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId" WHERE p.type = 'article' AND t.id = p.id
  UNION ALL SELECT t.slug, t.title, NULL, concat_ws(' ', t.summary, rich_text_plain(t.body))
    FROM "PracticeTranslation" t WHERE p.type = 'practice' AND t.id = p.id
  UNION ALL SELECT r.slug, t.name, NULL, concat_ws(' ', t.summary, rich_text_plain(t.profile))
    FROM "RegionTranslation" t JOIN "Region" r ON r.id = t."regionId" WHERE p.type = 'region' AND t.id = p.id
  UNION ALL SELECT g.path, t.title, NULL, concat_ws(' ', t.description, rich_text_plain(t.body))
    FROM "PageTranslation" t JOIN "Page" g ON g.id = t."pageId" WHERE p.type = 'page' AND t.id = p.id`;

export const searchConfig = (locale: Locale) => (locale === "ru" ? "russian" : "english");
export const toTsQuery = (locale: Locale, q: string) => Prisma.sql`websearch_to_tsquery(${searchConfig(locale)}::regconfig, search_fold(${q}))`;
