import { stringify } from "csv-stringify/sync";
import type { RatingEditionDetail } from "./load";

// Stable, machine-readable column names: the English download, and any script reading it.
export const ratingCsvColumns = ["rank", "region_code", "region_name", "score", "demo"] as const;

// How a spreadsheet of one language reads a CSV file. Russian-locale Excel splits on ";" and
// reads "86,0" as a number; with commas every row would land in column A.
export type CsvDialect = { delimiter: string; decimal: "." | ","; header: readonly string[]; yes: string; no: string };

export const machineCsv: CsvDialect = { delimiter: ",", decimal: ".", header: ratingCsvColumns, yes: "true", no: "false" };

export const ratingCsvFileName = (program: string, year: number, locale: string) => `${program}-${year}-${locale}.csv`;

// A BOM so spreadsheet programs read the Cyrillic names as UTF-8; formula-like cells are
// escaped because the names come from editors and the file is opened in spreadsheets.
export function ratingEditionCsv(edition: Pick<RatingEditionDetail, "entries" | "isDemo">, dialect: CsvDialect = machineCsv): string {
  const score = (value: number) => (dialect.decimal === "," ? String(value).replace(".", ",") : String(value));
  const rows = edition.entries.map((e) => [e.rank, e.region.code, e.region.name, score(e.score), edition.isDemo ? dialect.yes : dialect.no]);
  return stringify([[...dialect.header], ...rows], {
    bom: true,
    delimiter: dialect.delimiter,
    record_delimiter: "windows",
    escape_formulas: true,
  });
}
