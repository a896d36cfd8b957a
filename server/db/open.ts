// The database of `npm start` and the project's commands: DATABASE_URL when given, otherwise
// the embedded server with its data under DATA_DIR.
import { log } from "../log.mjs";
import { parseDatabaseUrl, waitForDatabase } from "./connect.mjs";
import { startEmbeddedDb } from "./embedded.ts";
import { migrateDatabase } from "./migrate.mjs";

export { parseDatabaseUrl } from "./connect.mjs";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function openDatabase(env = process.env): Promise<Database> {
  if (env.DATABASE_URL) {
    const url = parseDatabaseUrl(env.DATABASE_URL);
    await waitForDatabase(url.href, { timeoutMs: Number(env.DB_WAIT_MS ?? 10_000) });
    return { url: url.href, embedded: false, stop: async () => {} };
  }
  const port = env.EMBEDDED_DB_PORT ? Number(env.EMBEDDED_DB_PORT) : undefined;
  const db = await startEmbeddedDb({ dataDir: env.DATA_DIR ?? ".data", port });
  return { ...db, embedded: true };
}

export function migrate(url: string): Promise<string[]> {
  return migrateDatabase(url, { log });
}
