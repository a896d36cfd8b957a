import { z } from "zod";
import { blank, intParam, pageParam, slugParam, toQuery } from "@/lib/query-params";

export const articleKinds = ["news", "press_release", "event", "interview"] as const;

// One schema for the news list's query string, shared by the page and its filter form.
export const newsFilterSchema = z.object({
  page: pageParam(100_000),
  region: slugParam,
  kind: z.preprocess(blank, z.enum(articleKinds).optional()),
  year: intParam(2000, 2100),
  month: intParam(1, 12),
});

export type NewsFilter = z.infer<typeof newsFilterSchema>;

export const parseNewsFilter = (params: Record<string, string | string[] | undefined>) => newsFilterSchema.safeParse(params);

export const newsQuery = (filter: Partial<NewsFilter>) => toQuery(filter);

// A filtered or later page of the news list is a page of its own, press/news-list/[filter],
// which proxy.ts rewrites `?page=2&region=…` to: a page that reads the query string is rendered
// for each request and marked private, so neither the server nor a proxy could keep it. The
// segment spells the filter one way only ("page~2.region~tomsk-region"); an invalid query
// string becomes the one segment "invalid".
const FILTER_FIELDS = ["page", "region", "kind", "year", "month"] as const;
export const INVALID_FILTER_SEGMENT = "invalid";

export function newsFilterSegment(filter: NewsFilter): string | null {
  const query = toQuery(filter);
  const parts = FILTER_FIELDS.filter((k) => query[k] !== undefined).map((k) => `${k}~${query[k]}`);
  return parts.length ? parts.join(".") : null;
}

export function newsFilterFromSegment(segment: string): NewsFilter | null {
  const params: Record<string, string> = {};
  for (const part of segment.split(".")) {
    const [key, value, extra] = part.split("~");
    if (!key || value === undefined || extra !== undefined || key in params) return null;
    params[key] = value;
  }
  const parsed = parseNewsFilter(params);
  return parsed.success && newsFilterSegment(parsed.data) === segment ? parsed.data : null;
}

// The segment for a news list URL's query string: null for the plain first page.
export function newsSegmentOf(search: URLSearchParams): string | null {
  const params: Record<string, string[]> = {};
  for (const key of new Set(search.keys())) params[key] = search.getAll(key);
  const parsed = parseNewsFilter(params);
  return parsed.success ? newsFilterSegment(parsed.data) : INVALID_FILTER_SEGMENT;
}
