import { z } from "zod";
import { articleKinds } from "@/lib/articles/filter";
import { blank, intParam, pageParam, single, slugParam } from "@/lib/query-params";

export const SEARCH_PAGE_SIZE = 10;
export const SEARCH_QUERY_MAX = 200;
export const SEARCH_PAGE_MAX = 1000;

// Control characters (NUL among them) cannot be stored or searched, and two of them
// mark highlights in snippets, so they never reach the database. Whitespace collapses.
export function normalizeQuery(raw: string): string {
  return raw
    .replace(/[\p{Cc}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// One schema for the search page's query string: the page, its form and its links.
export const searchParamsSchema = z.object({
  q: z.preprocess((v) => normalizeQuery(typeof single(v) === "string" ? (single(v) as string) : ""), z.string().max(SEARCH_QUERY_MAX)),
  page: pageParam(SEARCH_PAGE_MAX),
  kind: z.preprocess(blank, z.enum(articleKinds).optional()),
  region: slugParam,
  year: intParam(2000, 2100),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;
export type SearchFilters = Omit<SearchParams, "q" | "page">;

// The query string of a search, without defaults, for links that keep it.
export function searchQuery(params: Partial<SearchParams>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) out[k] = String(v);
  return out;
}
