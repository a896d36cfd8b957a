import type { MediaStorage } from "../../../lib/media/storage-backends.ts";
import { StartupError } from "../../../server/startup-error.mjs";
import { connect, quote, type Client } from "./connection.ts";
import { TransferRefused } from "./format.ts";
import { restoreMedia } from "./media.ts";
import { checkColumns, countRows, insertRows, resetSequences } from "./rows.ts";
import { latestMigration, readSchema, type Table } from "./schema.ts";
import { readVerifiedExport, type VerifiedExport } from "./verify.ts";

export type ImportOptions = { url: string; dir: string; storage: MediaStorage };
export type ImportSummary = { tables: number; rows: number; mediaObjects: number; mediaBytes: number; users: number; sequences: number };

export const USER_TABLE = "user";

function checkShape(schema: Table[], data: VerifiedExport) {
  const here = schema.map((t) => t.name);
  const missing = here.filter((t) => !data.tables.has(t));
  const unknown = [...data.tables.keys()].filter((t) => !here.includes(t));
  if (missing.length || unknown.length) {
    const parts = [missing.length ? `lacks ${missing.join(", ")}` : "", unknown.length ? `has tables this database does not (${unknown.join(", ")})` : ""];
    throw new TransferRefused(`The export ${parts.filter(Boolean).join(" and ")}, so it does not fit this database; nothing was written.`);
  }
  for (const table of schema) {
    const problem = checkColumns(table, data.tables.get(table.name)!);
    if (problem) throw new TransferRefused(`The export does not fit this database (${problem}); nothing was written.`);
  }
}

async function assertEmpty(client: Client, schema: Table[]) {
  const filled: [string, number][] = [];
  for (const table of schema) {
    const n = await countRows(client, table);
    if (n > 0) filled.push([table.name, n]);
  }
  if (filled.length === 0) return;
  const named = filled
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([t, n]) => `${t}: ${n} rows`)
    .join(", ");
  throw new TransferRefused(
    `The database already has content (${named}${filled.length > 3 ? `, and ${filled.length - 3} more tables` : ""}); import restores only into an empty database, such as a new DATA_DIR or a newly created PostgreSQL database, and nothing was written.`,
  );
}

// Every check comes first, the files' before the database's, and refuses before anything
// is written. Media objects are then stored and read back, and the rows go in with one
// transaction: a failure on the way leaves the database as it was (and at most objects
// that no row refers to, which the next attempt overwrites).
export async function importContent({ url, dir, storage }: ImportOptions): Promise<ImportSummary> {
  return importVerified({ url, dir, storage }, readVerifiedExport(dir));
}

export async function importVerified({ url, dir, storage }: ImportOptions, data: VerifiedExport): Promise<ImportSummary> {
  const client = await connect(url);
  try {
    const migration = await latestMigration(client);
    if (migration !== data.manifest.migration) {
      throw new TransferRefused(
        `The export was made at database migration ${data.manifest.migration}, but this database is at ${migration}; import it with the site version that made it, and nothing was written.`,
      );
    }
    const schema = await readSchema(client);
    checkShape(schema, data);
    await assertEmpty(client, schema);
    await restoreMedia(storage, dir, data.media);

    await client.query("BEGIN");
    try {
      // No other writer may slip rows in between the check and the import.
      await client.query(`LOCK TABLE ${schema.map((t) => quote(t.name)).join(", ")} IN EXCLUSIVE MODE`);
      await assertEmpty(client, schema);
      let rows = 0;
      let sequences = 0;
      for (const table of schema) {
        const tableRows = data.tables.get(table.name)!;
        await insertRows(client, table, tableRows).catch((error: Error) => {
          throw new StartupError(
            `The database refused the rows of ${table.name} (${error.message}); the import was rolled back and the database is unchanged.`,
          );
        });
        sequences += await resetSequences(client, table);
        if ((await countRows(client, table)) !== tableRows.length)
          throw new StartupError(`Table ${table.name} did not take all ${tableRows.length} rows; the import was rolled back.`);
        rows += tableRows.length;
      }
      await client.query("COMMIT");
      const mediaBytes = data.media.reduce((sum, e) => sum + e.size, 0);
      return { tables: schema.length, rows, mediaObjects: data.media.length, mediaBytes, users: data.tables.get(USER_TABLE)?.length ?? 0, sequences };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    await client.end();
  }
}
