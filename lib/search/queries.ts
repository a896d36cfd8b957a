import "server-only";
import { db } from "@/lib/db";
import { routes } from "@/lib/routes";
import type { Locale } from "@/i18n/routing";
import { cachedSearch } from "./result-cache";
import { normalizeQuery, SEARCH_PAGE_SIZE, SEARCH_QUERY_MAX, type SearchFilters } from "./schema";
import { searchHelp, type SearchHelp } from "./help";
import { highlightQuery, restoreTypography, SNIPPET_START, SNIPPET_STOP, snippetToHtml } from "./snippet";
import { details, headlineOptions, matches, RANKED, score, searchConfig, toTsQuery } from "./sql";

export type SearchHitType = "article" | "page" | "region" | "practice";
export type SearchHit = { type: SearchHitType; href: string; title: string; snippetHtml: string; date?: string; kind?: string };
// `help` only on a first page with fewer than HELP_BELOW results.
export type SearchResult = { total: number; items: SearchHit[]; page: number; pageCount: number; help?: SearchHelp };
const HELP_BELOW = 3;

type Row = {
  total: number;
  type: SearchHitType | null;
  key: string;
  title: string;
  kind: string | null;
  date: Date | null;
  snippet: string | null;
  excerpt: string | null;
};

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
  const config = searchConfig(locale);
  const tsq = toTsQuery(locale, q);
  const rows = await db.$queryRaw<Row[]>`
    WITH m AS MATERIALIZED (${matches(locale, tsq, params)}),
    cutoff AS (SELECT min(date) AS date FROM (SELECT date FROM m WHERE date IS NOT NULL ORDER BY date DESC LIMIT ${RANKED}) k),
    page AS (
      SELECT c.*, CASE WHEN c.date IS NULL OR c.date >= (SELECT date FROM cutoff) THEN ${score(tsq)} ELSE 0 END AS rank
      FROM m c ORDER BY rank DESC, c.date DESC NULLS LAST, c.id LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE})
    SELECT n.total, r.* FROM (SELECT count(*)::int AS total FROM m) n
    LEFT JOIN LATERAL (
      SELECT p.type, p.rank, p.id, p.date, d.key, d.title, d.kind, x.excerpt,
        ts_headline(${config}::regconfig, search_plain(x.excerpt),
          websearch_to_tsquery(${config}::regconfig, search_plain(${highlightQuery(q)})), ${headlineOptions}) AS snippet
      FROM page p CROSS JOIN LATERAL (${details}) d
      CROSS JOIN LATERAL (SELECT search_excerpt(translate(d.doc, ${SNIPPET_START + SNIPPET_STOP}, ''), ${config}::regconfig, ${q}) AS excerpt) x) r ON true
    ORDER BY r.rank DESC, r.date DESC NULLS LAST, r.id`;
  const total = rows[0]?.total ?? 0;
  const items = rows.flatMap((r): SearchHit[] =>
    r.type
      ? [
          {
            type: r.type,
            href: hrefOf(r.type, r.key),
            title: r.title,
            snippetHtml: snippetToHtml(restoreTypography(r.snippet ?? "", r.excerpt ?? "")),
            ...(r.date && { date: r.date.toISOString() }),
            ...(r.kind && { kind: r.kind }),
          },
        ]
      : [],
  );
  const help = page === 1 && total < HELP_BELOW ? await searchHelp(locale, q) : undefined;
  return { total, items, page, pageCount: Math.ceil(total / SEARCH_PAGE_SIZE), ...(help && { help }) };
}
