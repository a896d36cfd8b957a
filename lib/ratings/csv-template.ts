import { stringify } from "csv-stringify/sync";

export type TemplateRow = { code: string; name: string; rank: number | null; score: string | null };

// The import template: the edition's current rows (or every region with blanks) in the
// form spreadsheet programs of that language open directly — Russian ones expect
// semicolons and decimal commas. region_name is for the reader; the import ignores it.
export function ratingCsvTemplate(rows: TemplateRow[], locale: "ru" | "en"): string {
  const ru = locale === "ru";
  return stringify(
    rows.map((r) => [r.code, r.rank ?? "", r.score === null ? "" : ru ? r.score.replace(".", ",") : r.score, r.name]),
    {
      bom: true,
      header: true,
      columns: ["region", "rank", "score", "region_name"],
      delimiter: ru ? ";" : ",",
      record_delimiter: "windows",
      // Names come from editors and the file is opened in spreadsheets.
      escape_formulas: true,
    },
  );
}

export const ratingTemplateFileName = (program: string, year: number) => `${program}-${year}-import.csv`;
