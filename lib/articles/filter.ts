import { z } from "zod";

export const articleKinds = ["news", "press_release", "event", "interview"] as const;

const optionalInt = (min: number, max: number) =>
  z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number().int().min(min).max(max).optional());

// One schema for the news list's query string, shared by the page and its filter form.
export const newsFilterSchema = z.object({
  page: z.preprocess((v) => (v === "" || v === undefined ? 1 : v), z.coerce.number().int().min(1).max(100_000)),
  region: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^[a-z0-9-]{1,80}$/).optional()),
  kind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(articleKinds).optional()),
  year: optionalInt(2000, 2100),
  month: optionalInt(1, 12),
});

export type NewsFilter = z.infer<typeof newsFilterSchema>;

export function parseNewsFilter(params: Record<string, string | string[] | undefined>) {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return newsFilterSchema.safeParse(single);
}

// The query string of a filter, without defaults, for links that keep the other filters.
export function newsQuery(filter: Partial<NewsFilter>): Record<string, string> {
  const q: Record<string, string> = {};
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && !(k === "page" && v === 1)) q[k] = String(v);
  return q;
}
