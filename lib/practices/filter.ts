import { z } from "zod";

export const practicesPerPage = 12;

const optionalSlug = z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^[a-z0-9-]{1,80}$/).optional());

// The practices list's query string, shared by the page, its filter form and pagination links.
export const practiceFilterSchema = z.object({
  page: z.preprocess((v) => (v === "" || v === undefined ? 1 : v), z.coerce.number().int().min(1).max(10_000)),
  region: optionalSlug,
  topic: optionalSlug,
});

export type PracticeFilter = z.infer<typeof practiceFilterSchema>;

export function parsePracticeFilter(params: Record<string, string | string[] | undefined>) {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return practiceFilterSchema.safeParse(single);
}

export function practiceQuery(filter: Partial<PracticeFilter>): Record<string, string> {
  const q: Record<string, string> = {};
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && !(k === "page" && v === 1)) q[k] = String(v);
  return q;
}
