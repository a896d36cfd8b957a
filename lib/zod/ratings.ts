import { z } from "zod";
import { blank, single } from "@/lib/query-params";

// Inputs of the ratings back office. Messages are keys of the AdminErrors namespace; the
// row schema is shared by the entries table and the CSV import, so both accept the same values.

export const RATING_MAX_ROWS = 200;
export const RATING_YEAR_MIN = 2000;
export const RATING_YEAR_MAX = 2100;
export const RATING_CSV_MAX_BYTES = 1024 * 1024;

const trimmed = (v: unknown) => (typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : v);

// A score as typed or exported by a spreadsheet: decimal comma or point, spaces (also
// non-breaking ones) as thousands separators. Answers "84.10" (two decimals) or an error key.
export function parseScore(raw: string): { value: string } | { error: string } {
  const s = raw.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (s === "") return { error: "required" };
  if (/^-\d/.test(s)) return { error: "rating.scoreRange" };
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return { error: "rating.scoreFormat" };
  const [, whole, fraction = ""] = m;
  if (fraction.length > 2) return { error: "rating.scoreDecimals" };
  const int = whole!.replace(/^0+(?=\d)/, "");
  // Decimal(8, 2) in the database: at most six digits before the point.
  if (int.length > 6) return { error: "rating.scoreRange" };
  return { value: `${int}.${fraction.padEnd(2, "0")}` };
}

export function parseRank(raw: string): { value: number } | { error: string } {
  if (raw === "") return { error: "required" };
  if (/^-\d+$/.test(raw)) return { error: "rating.rankRange" };
  if (!/^\d+$/.test(raw)) return { error: "rating.rankInteger" };
  const value = Number(raw);
  return value >= 1 && value <= RATING_MAX_ROWS ? { value } : { error: "rating.rankRange" };
}

// A field checked by one of the parsers above. The error is a refinement, not an issue
// raised in the transform: that would stop the cross-row checks of ratingRowsSchema.
const parsedField = <T>(parse: (raw: string) => { value: T } | { error: string }) =>
  z.preprocess(
    trimmed,
    z
      .string({ error: "required" })
      .superRefine((raw, ctx) => {
        const parsed = parse(raw);
        if ("error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error });
      })
      .transform((raw) => (parse(raw) as { value: T }).value),
  );

export const ratingRowSchema = z.object({
  regionId: z.preprocess(trimmed, z.string({ error: "required" }).min(1, { error: "required" }).max(64, { error: "invalid" })),
  rank: parsedField(parseRank),
  score: parsedField(parseScore),
});

export type RatingRowInput = z.input<typeof ratingRowSchema>;
export type RatingRow = z.output<typeof ratingRowSchema>;

// Rows of one edition: each region once, ranks 1..N each once. Runs even when some rows
// have their own errors, so every problem is reported in one pass.
export const ratingRowsSchema = z
  .array(ratingRowSchema)
  .max(RATING_MAX_ROWS, { error: "rating.tooManyRows" })
  .superRefine((rows, ctx) => {
    const regions = new Map<string, number>();
    const ranks = new Map<number, number>();
    rows.forEach((row, i) => {
      const region = typeof row.regionId === "string" ? row.regionId : "";
      if (region) {
        if (regions.has(region)) ctx.addIssue({ code: "custom", path: [i, "regionId"], message: "rating.regionDuplicate" });
        else regions.set(region, i);
      }
      if (typeof row.rank !== "number" || !Number.isInteger(row.rank)) return;
      if (row.rank > rows.length) ctx.addIssue({ code: "custom", path: [i, "rank"], message: "rating.rankRange" });
      else if (ranks.has(row.rank)) ctx.addIssue({ code: "custom", path: [i, "rank"], message: "rating.rankDuplicate" });
      else ranks.set(row.rank, i);
    });
  });

const version = z.coerce.number({ error: "invalid" }).int().min(1, { error: "invalid" });
const id = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(64, { error: "invalid" });

export const saveRatingEntriesSchema = z.object({ editionId: id, version, rows: ratingRowsSchema });
export type SaveRatingEntriesInput = z.output<typeof saveRatingEntriesSchema>;

export const createRatingEditionSchema = z.object({
  programId: id,
  year: z.preprocess(
    trimmed,
    z
      .string({ error: "required" })
      .min(1, { error: "required" })
      .regex(/^\d{4}$/, { error: "rating.year" })
      .transform(Number)
      .pipe(z.number().min(RATING_YEAR_MIN, { error: "rating.year" }).max(RATING_YEAR_MAX, { error: "rating.year" })),
  ),
  isDemo: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
export type CreateRatingEditionInput = z.output<typeof createRatingEditionSchema>;

export const ratingEditionStatusSchema = z.object({ editionId: id, version, publish: z.enum(["1", "0"]).transform((v) => v === "1") });
export type RatingEditionStatusInput = z.output<typeof ratingEditionStatusSchema>;

// The import form's fields besides the file, which the action checks itself.
export const importRatingCsvSchema = z.object({ editionId: id, version });

// The list page's query string; a bad value falls back to "all".
export const ratingListQuerySchema = z.object({
  program: z
    .preprocess(
      blank,
      z
        .string()
        .regex(/^[a-z0-9-]{1,80}$/)
        .optional(),
    )
    .catch(undefined),
  status: z.preprocess(single, z.enum(["published", "draft"]).optional()).catch(undefined),
});
export type RatingListQuery = z.output<typeof ratingListQuerySchema>;
