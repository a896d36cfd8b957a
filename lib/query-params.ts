import { z } from "zod";

// Building blocks for the schemas of list pages' query strings (news, practices, search):
// a repeated parameter counts by its first value, an empty one as absent.

export const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);
export const blank = (v: unknown) => {
  const s = single(v);
  return s === "" ? undefined : s;
};

export const pageParam = (max: number) => z.preprocess((v) => blank(v) ?? 1, z.coerce.number().int().min(1).max(max));
export const slugParam = z.preprocess(
  blank,
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(80)
    .optional(),
);
export const intParam = (min: number, max: number) => z.preprocess(blank, z.coerce.number().int().min(min).max(max).optional());

// The query string of a filter without its defaults, for links that keep the other filters.
export function toQuery(filter: Record<string, string | number | undefined>): Record<string, string> {
  const q: Record<string, string> = {};
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && !(k === "page" && v === 1)) q[k] = String(v);
  return q;
}
