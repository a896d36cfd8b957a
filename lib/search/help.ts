import "server-only";
import { db } from "@/lib/db";
import { routing, type Locale } from "@/i18n/routing";
import { matches, toTsQuery } from "./sql";

// Shown when a search finds little: a spelling that finds more, and the other language's count.
export type SearchHelp = { query: string; suggestion: string | null; other: { locale: Locale; total: number } | null };

// A query word is corrected only toward a title word at least this alike (trigram similarity
// of their transliterations, 0 to 1).
const MIN_SIMILARITY = 0.45;
const MAX_WORDS = 5;

// Plain words of three letters or more: quoted phrases, exclusions and "or" stay as typed.
export function correctableWords(q: string): string[] {
  if (/["«»]/.test(q)) return [];
  return q
    .split(/\s+/)
    .filter((w) => !w.startsWith("-") && w.toLowerCase() !== "or")
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => [...w].length >= 3 && /\p{L}/u.test(w))
    .slice(0, MAX_WORDS);
}

// The title word (of a published article, practice, page or a region's name) closest to `word`.
async function closestTitleWord(locale: Locale, word: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ word: string; score: number }[]>`
    WITH q AS (SELECT search_translit(${word}) AS typed),
    titles AS (
      (SELECT search_fold(t.title) AS text FROM "ArticleTranslation" t, q
        WHERE t.locale = ${locale}::"Locale" AND t.status = 'published' AND q.typed <% search_translit(t.title) LIMIT 200)
      UNION ALL SELECT search_fold(t.title) FROM "PracticeTranslation" t, q
        WHERE t.locale = ${locale}::"Locale" AND t.status = 'published' AND q.typed <% search_translit(t.title)
      UNION ALL SELECT search_fold(t.title) FROM "PageTranslation" t, q
        WHERE t.locale = ${locale}::"Locale" AND t.status = 'published' AND q.typed <% search_translit(t.title)
      UNION ALL SELECT search_fold(t.name) FROM "RegionTranslation" t, q WHERE t.locale = ${locale}::"Locale" AND q.typed <% search_translit(t.name)
    )
    SELECT w AS word, similarity(search_translit(w), q.typed)::float8 AS score
    FROM titles, q, regexp_split_to_table(titles.text, '[^a-z0-9а-яё]+') AS w
    WHERE length(w) >= 3
    ORDER BY score DESC, w LIMIT 1`;
  const best = rows[0];
  return best && best.score >= MIN_SIMILARITY ? best.word : null;
}

async function countMatches(locale: Locale, q: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${matches(locale, toTsQuery(locale, q), {})}) m`;
  return row?.n ?? 0;
}

// The query with each misspelt word replaced, offered only if it finds something.
async function suggest(locale: Locale, q: string): Promise<string | null> {
  let corrected = q;
  for (const word of correctableWords(q)) {
    const closest = await closestTitleWord(locale, word);
    if (closest && closest !== word.toLowerCase()) corrected = corrected.replace(word, closest);
  }
  return corrected !== q && (await countMatches(locale, corrected)) > 0 ? corrected : null;
}

export async function searchHelp(locale: Locale, q: string): Promise<SearchHelp> {
  const otherLocale = routing.locales.find((l) => l !== locale)!;
  const [suggestion, otherTotal] = await Promise.all([suggest(locale, q), countMatches(otherLocale, q)]);
  return { query: q, suggestion, other: otherTotal > 0 ? { locale: otherLocale, total: otherTotal } : null };
}
