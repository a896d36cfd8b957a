import { spawnSync } from "node:child_process";
import path from "node:path";
import { startEmbeddedDb } from "./embedded-db.ts";
import { StartupError } from "./startup-error.ts";
import { waitForDatabase } from "./wait-for-db.ts";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

export function parseDatabaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StartupError("DATABASE_URL is not a valid URL; expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE.");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new StartupError(`DATABASE_URL must start with postgresql:// (it starts with ${url.protocol}//).`);
  }
  if (!url.hostname || url.pathname.length < 2) {
    throw new StartupError("DATABASE_URL must name a host and a database: postgresql://USER:PASSWORD@HOST:PORT/DATABASE.");
  }
  return url;
}

// DATABASE_URL when given, otherwise the embedded server with its data under DATA_DIR.
export async function openDatabase(env = process.env): Promise<Database> {
  if (env.DATABASE_URL) {
    const url = parseDatabaseUrl(env.DATABASE_URL);
    try {
      await waitForDatabase(url.href, { timeoutMs: Number(env.DB_WAIT_MS ?? 10_000) });
    } catch {
      throw new StartupError(`Cannot reach the PostgreSQL server at ${url.host} named by DATABASE_URL; check that it runs and that the user, password and database are right.`);
    }
    return { url: url.href, embedded: false, stop: async () => {} };
  }
  const port = env.EMBEDDED_DB_PORT ? Number(env.EMBEDDED_DB_PORT) : undefined;
  const db = await startEmbeddedDb({ dataDir: env.DATA_DIR ?? ".data", port });
  return { ...db, embedded: true };
}

export function migrate(url: string): void {
  const prisma = path.resolve("node_modules", ".bin", "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new StartupError("Applying the database migrations failed (output above); the database was left as it was before the failing migration.");
  }
  const applied = [...result.stdout.matchAll(/└─ (\S+)\//g)].map((m) => m[1]);
  if (applied.length) console.log(`Applied ${applied.length} database migration(s): ${applied.join(", ")}`);
}
