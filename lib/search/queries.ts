import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { routes } from "@/lib/routes";
import type { Locale } from "@/i18n/routing";
import { cachedSearch } from "./result-cache";
import { normalizeQuery, SEARCH_PAGE_SIZE, SEARCH_QUERY_MAX, type SearchFilters } from "./schema";
import { highlightQuery, SNIPPET_START, SNIPPET_STOP, snippetToHtml } from "./snippet";

export type SearchHitType = "article" | "page" | "region" | "practice";
export type SearchHit = { type: SearchHitType; href: string; title: string; snippetHtml: string; date?: string; kind?: string };
export type SearchResult = { total: number; items: SearchHit[]; page: number; pageCount: number };

type Row = { total: number; type: SearchHitType | null; key: string; title: string; kind: string | null; date: Date | null; snippet: string | null };

// Ranking reads a match's whole tsvector (TOASTed, a few kB), which costs more than
// everything else per row, so it is bounded: all undated matches (regions, pages) and
// the newest RANKED dated ones are ranked, older matches follow by date. A query that
// matches thousands of articles then stays fast.
const RANKED = 200;
const headlineOptions = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const inYear = (year: number) =>
  Prisma.sql`AND t."publishedAt" >= make_timestamp(${year}::int, 1, 1, 0, 0, 0) AND t."publishedAt" < make_timestamp(${year + 1}::int, 1, 1, 0, 0, 0)`;
const when = (cond: unknown, sql: Prisma.Sql) => (cond ? sql : Prisma.empty);

// Every published match in the locale, found through the GIN indexes, as narrow rows.
// Kind filters articles only, a year keeps dated items only, a region drops pages.
function matches(locale: Locale, tsq: Prisma.Sql, f: SearchFilters): Prisma.Sql {
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
function score(tsq: Prisma.Sql): Prisma.Sql {
  const of = (table: string) =>
    Prisma.sql`(SELECT ts_rank_cd(x.search, ${tsq}, 32) + CASE WHEN ts_filter(x.search, '{a}') @@ ${tsq} THEN 1 ELSE 0 END FROM ${Prisma.raw(`"${table}"`)} x WHERE x.id = c.id)`;
  return Prisma.sql`CASE c.type WHEN 'article' THEN ${of("ArticleTranslation")} WHEN 'practice' THEN ${of("PracticeTranslation")}
    WHEN 'region' THEN ${of("RegionTranslation")} ELSE ${of("PageTranslation")} END`;
}

// What a result shows, read only for the rows of the requested page.
const details = Prisma.sql`
  SELECT t.slug AS key, t.title, a.kind::text AS kind, concat_ws(' ', t.lead, rich_text_plain(t.body)) AS doc
    FROM "ArticleTranslation" t JOIN "Article" a ON a.id = t."articleId" WHERE p.type = 'article' AND t.id = p.id
  UNION ALL SELECT t.slug, t.title, NULL, concat_ws(' ', t.summary, rich_text_plain(t.body))
    FROM "PracticeTranslation" t WHERE p.type = 'practice' AND t.id = p.id
  UNION ALL SELECT r.slug, t.name, NULL, concat_ws(' ', t.summary, rich_text_plain(t.profile))
    FROM "RegionTranslation" t JOIN "Region" r ON r.id = t."regionId" WHERE p.type = 'region' AND t.id = p.id
  UNION ALL SELECT g.path, t.title, NULL, concat_ws(' ', t.description, rich_text_plain(t.body))
    FROM "PageTranslation" t JOIN "Page" g ON g.id = t."pageId" WHERE p.type = 'page' AND t.id = p.id`;

const hrefOf = (type: SearchHitType, key: string) =>
  type === "article" ? routes.article(key) : type === "practice" ? routes.practice(key) : type === "region" ? routes.region(key) : key;

// Kept in a bounded store of this process, not the framework's cache: see result-cache.ts.
export async function searchSite(locale: Locale, params: SearchFilters & { q: string; page: number }): Promise<SearchResult> {
  const q = normalizeQuery(params.q).slice(0, SEARCH_QUERY_MAX);
  const page = Math.max(1, Math.trunc(params.page) || 1);
  if (!q) return { total: 0, items: [], page, pageCount: 0 };
  const key = JSON.stringify([locale, q, page, params.kind ?? null, params.region ?? null, params.year ?? null]);
  return cachedSearch(key, () => runSearch(locale, q, page, params));
}

async function runSearch(locale: Locale, q: string, page: number, params: SearchFilters): Promise<SearchResult> {
  const config = locale === "ru" ? "russian" : "english";
  const tsq = Prisma.sql`websearch_to_tsquery(${config}::regconfig, search_fold(${q}))`;
  const rows = await db.$queryRaw<Row[]>`
    WITH m AS MATERIALIZED (${matches(locale, tsq, params)}),
    cutoff AS (SELECT min(date) AS date FROM (SELECT date FROM m WHERE date IS NOT NULL ORDER BY date DESC LIMIT ${RANKED}) k),
    page AS (
      SELECT c.*, CASE WHEN c.date IS NULL OR c.date >= (SELECT date FROM cutoff) THEN ${score(tsq)} ELSE 0 END AS rank
      FROM m c ORDER BY rank DESC, c.date DESC NULLS LAST, c.id LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE})
    SELECT n.total, r.* FROM (SELECT count(*)::int AS total FROM m) n
    LEFT JOIN LATERAL (
      SELECT p.type, p.rank, p.id, p.date, d.key, d.title, d.kind,
        ts_headline(${config}::regconfig, search_excerpt(translate(d.doc, ${SNIPPET_START + SNIPPET_STOP}, ''), ${config}::regconfig, ${q}),
          websearch_to_tsquery(${config}::regconfig, search_plain(${highlightQuery(q)})), ${headlineOptions}) AS snippet
      FROM page p CROSS JOIN LATERAL (${details}) d) r ON true
    ORDER BY r.rank DESC, r.date DESC NULLS LAST, r.id`;
  const total = rows[0]?.total ?? 0;
  const items = rows.flatMap((r): SearchHit[] =>
    r.type
      ? [
          {
            type: r.type,
            href: hrefOf(r.type, r.key),
            title: r.title,
            snippetHtml: snippetToHtml(r.snippet ?? ""),
            ...(r.date && { date: r.date.toISOString() }),
            ...(r.kind && { kind: r.kind }),
          },
        ]
      : [],
  );
  return { total, items, page, pageCount: Math.ceil(total / SEARCH_PAGE_SIZE) };
}
