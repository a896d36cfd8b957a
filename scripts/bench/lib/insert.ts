import type pg from "pg";

// Bulk inserts: each statement carries a whole batch as ONE jsonb parameter expanded by
// jsonb_to_recordset, so there is no 65,535-parameter limit and no per-row round trip;
// batches run on several connections at once, so the generated search columns (to_tsvector
// over each body) are computed on every core.

export type Column = [name: string, sqlType: string];
export type Row = Record<string, unknown>;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function insertSql(table: string, columns: Column[]): string {
  const names = columns.map(([n]) => quote(n)).join(", ");
  const record = columns.map(([n, t]) => `${quote(n)} ${t}`).join(", ");
  return `INSERT INTO ${quote(table)} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${record})`;
}

export type Job = { table: string; columns: Column[]; rows: Row[] };

// Runs the jobs in order of the list, each split into batches spread over the pool; a job
// starts only when the previous one is complete (foreign keys point backwards).
export async function insertAll(pool: pg.Pool, jobs: Job[], batchRows = 250, onProgress?: (table: string, done: number, total: number) => void) {
  for (const job of jobs) {
    const sql = insertSql(job.table, job.columns);
    const batches: Row[][] = [];
    for (let i = 0; i < job.rows.length; i += batchRows) batches.push(job.rows.slice(i, i + batchRows));
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        await pool.query(sql, [JSON.stringify(batch)]);
        done += batch.length;
        onProgress?.(job.table, done, job.rows.length);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, pool.options.max ?? 2) }, worker));
  }
}

// Column lists of the tables the generator writes (see prisma/schema.prisma).
const ts = "timestamp(3)";
export const columns = {
  article: [
    ["id", "text"],
    ["kind", '"ArticleKind"'],
    ["coverId", "text"],
    ["createdAt", ts],
    ["updatedAt", ts],
  ] as Column[],
  articleTranslation: [
    ["id", "text"],
    ["articleId", "text"],
    ["locale", '"Locale"'],
    ["slug", "text"],
    ["title", "text"],
    ["lead", "text"],
    ["body", "jsonb"],
    ["author", "text"],
    ["seoDescription", "text"],
    ["status", '"PublicationStatus"'],
    ["publishedAt", ts],
    ["contentUpdatedAt", ts],
    ["createdAt", ts],
    ["updatedAt", ts],
  ] as Column[],
  link: [
    ["A", "text"],
    ["B", "text"],
  ] as Column[],
  practice: [
    ["id", "text"],
    ["regionId", "text"],
    ["coverId", "text"],
    ["createdAt", ts],
    ["updatedAt", ts],
  ] as Column[],
  practiceTranslation: [
    ["id", "text"],
    ["practiceId", "text"],
    ["locale", '"Locale"'],
    ["slug", "text"],
    ["title", "text"],
    ["summary", "text"],
    ["body", "jsonb"],
    ["status", '"PublicationStatus"'],
    ["publishedAt", ts],
    ["contentUpdatedAt", ts],
    ["updatedAt", ts],
  ] as Column[],
  ratingEdition: [
    ["id", "text"],
    ["programId", "text"],
    ["year", "int"],
    ["isDemo", "boolean"],
    ["status", '"PublicationStatus"'],
    ["publishedAt", ts],
    ["createdAt", ts],
    ["updatedAt", ts],
  ] as Column[],
  ratingEntry: [
    ["id", "text"],
    ["editionId", "text"],
    ["regionId", "text"],
    ["rank", "int"],
    ["score", "numeric(8,2)"],
  ] as Column[],
};
