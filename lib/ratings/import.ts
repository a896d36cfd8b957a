import { parse } from "csv-parse/sync";
import { RATING_CSV_MAX_BYTES, ratingRowsSchema, type RatingRow } from "@/lib/zod/ratings";
import { decodeCsvText } from "./csv-text";

// Reading an edition's entries from a CSV file. Pure, so it can be tested alone: the caller
// passes the regions; every row is checked and any problem means nothing is imported.

// Beyond this many problems the editor has the wrong file, not a few typos.
const MAX_ISSUES = 100;

export type RegionRef = { id: string; code: string; slug: string; names: string[] };
export type CsvField = "region" | "rank" | "score";
// line: the line of the file (the header is line 1); 0 for a problem of the whole file.
export type CsvIssue = { line: number; field?: CsvField; key: string; values?: Record<string, string | number> };
export type CsvImportResult = { ok: true; rows: RatingRow[] } | { ok: false; issues: CsvIssue[]; total: number };

const headerNames: Record<CsvField, string[]> = {
  region: ["region", "region_code", "регион", "код"],
  rank: ["rank", "место"],
  score: ["score", "балл", "баллы"],
};
const fieldOf = { regionId: "region", rank: "rank", score: "score" } as const;

// Names as editors type them: any case, ё or е, any dash, any spacing.
export const regionKey = (s: string) =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/\s*-\s*/g, "-")
    .trim();

function regionIndex(regions: RegionRef[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const r of regions) for (const k of [r.code, r.slug, ...r.names]) index.set(regionKey(k), r.id);
  return index;
}

// The separator is whichever of ; , or tab the header uses most: the header has no
// decimals, so a semicolon file's decimal commas cannot mislead it.
function detectDelimiter(text: string): string {
  const header = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const counts = [";", ",", "\t"].map((d) => ({ d, n: header.split(d).length - 1 }));
  return counts.reduce((a, b) => (b.n > a.n ? b : a)).d;
}

const fail = (issues: CsvIssue[]): CsvImportResult => ({ ok: false, issues: issues.slice(0, MAX_ISSUES), total: issues.length });
const shown = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

type Parsed = { record: string[]; info: { lines: number } };

// Where each of the three columns is; a column that is absent or named twice is missing.
function columnsOf(cells: string[]): { columns: Record<CsvField, number>; missing: CsvField[] } {
  const names = cells.map((c) => c.toLowerCase());
  const columns = {} as Record<CsvField, number>;
  const missing: CsvField[] = [];
  for (const field of Object.keys(headerNames) as CsvField[]) {
    const found = names.flatMap((n, i) => (headerNames[field].includes(n) ? [i] : []));
    if (found.length === 1) columns[field] = found[0]!;
    else missing.push(field);
  }
  return { columns, missing };
}

export function parseRatingCsv(input: Uint8Array | string, regions: RegionRef[]): CsvImportResult {
  const decoded = decodeCsvText(input, RATING_CSV_MAX_BYTES);
  if ("error" in decoded) return fail([{ line: 0, key: decoded.error }]);
  const text = decoded.text;
  let records: Parsed[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as Parsed[];
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : 0;
    return fail([{ line, key: "csv.malformed" }]);
  }
  // A record's line is where it starts: a quoted cell may span several lines.
  const rows = records
    .map((r) => ({ cells: r.record, line: r.info.lines - r.record.join("").split("\n").length + 1 }))
    .filter((r) => r.cells.some((c) => c !== ""));
  const header = rows.shift();
  if (!header) return fail([{ line: 0, key: "csv.empty" }]);
  const { columns, missing } = columnsOf(header.cells);
  if (missing.length) return fail([{ line: header.line, key: "csv.header", values: { columns: missing.join(", ") } }]);
  if (rows.length === 0) return fail([{ line: 0, key: "csv.noRows" }]);

  const width = header.cells.length;
  const index = regionIndex(regions);
  const issues: CsvIssue[] = [];
  // Rows whose cells cannot be trusted (wrong column count) or whose region is unknown
  // already have their issue; the schema's "required" for them would only repeat it.
  const skip = new Set<string>();
  const candidates = rows.map((row, i) => {
    const cells = row.cells.length > width && row.cells.slice(width).every((c) => c === "") ? row.cells.slice(0, width) : row.cells;
    if (cells.length !== width) {
      issues.push({ line: row.line, key: "csv.columns", values: { expected: width, found: cells.length } });
      for (const f of ["regionId", "rank", "score"]) skip.add(`${i}.${f}`);
    }
    const region = cells[columns.region] ?? "";
    const regionId = region ? index.get(regionKey(region)) : "";
    if (regionId === undefined) {
      if (!skip.has(`${i}.regionId`)) issues.push({ line: row.line, field: "region", key: "csv.region", values: { value: shown(region) } });
      skip.add(`${i}.regionId`);
    }
    return { regionId: regionId ?? "", rank: cells[columns.rank] ?? "", score: cells[columns.score] ?? "" };
  });
  const parsed = ratingRowsSchema.safeParse(candidates);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [i, f] = issue.path as [number | undefined, keyof typeof fieldOf | undefined];
      if (i === undefined || f === undefined) {
        issues.push({ line: 0, key: issue.message });
        continue;
      }
      if (!skip.has(`${i}.${f}`)) issues.push({ line: rows[i]!.line, field: fieldOf[f], key: issue.message });
    }
  }
  const order = (i: CsvIssue) => (i.field ? ["region", "rank", "score"].indexOf(i.field) : 3);
  if (issues.length) return fail(issues.sort((a, b) => a.line - b.line || order(a) - order(b)));
  return { ok: true, rows: parsed.data! };
}
