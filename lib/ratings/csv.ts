import { stringify } from "csv-stringify/sync";
import type { RatingEditionDetail } from "./load";

// Stable, machine-readable column names in both locales; only region names are localized.
export const ratingCsvColumns = ["rank", "region_code", "region_name", "score", "demo"] as const;

export const ratingCsvFileName = (program: string, year: number, locale: string) => `${program}-${year}-${locale}.csv`;

// A BOM so spreadsheet programs read the Cyrillic names as UTF-8; formula-like cells are
// escaped because the names come from editors and the file is opened in spreadsheets.
export function ratingEditionCsv(edition: Pick<RatingEditionDetail, "entries" | "isDemo">): string {
  const rows = edition.entries.map((e) => [e.rank, e.region.code, e.region.name, e.score, edition.isDemo]);
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...ratingCsvColumns],
    record_delimiter: "windows",
    escape_formulas: true,
    cast: { boolean: (value) => String(value) },
  });
}
