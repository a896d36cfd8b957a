// Applies the migrations under prisma/migrations, one runner at a time. Prisma's own lock
// gives up after 10 s, so two servers or two release jobs starting together used to fail;
// here each waits for the runner before it, then finds nothing left to do without starting
// the migration engine at all.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { installQueues } from "../jobs/queues.mjs";
import { StartupError } from "../startup-error.mjs";

const LOCK = "airr.migrations";
const WAIT_MS = Number(process.env.MIGRATE_WAIT_MS ?? 300_000);

/** Names of the migrations in the project, oldest first. */
export function projectMigrations(dir = path.resolve("prisma", "migrations")) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}

async function appliedMigrations(client) {
  try {
    const { rows } = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    return new Set(rows.map((r) => r.migration_name));
  } catch (error) {
    if (error.code === "42P01") return new Set(); // a new database: no table yet
    throw error;
  }
}

async function lock(client, log) {
  const deadline = Date.now() + WAIT_MS;
  let told = false;
  for (;;) {
    const { rows } = await client.query("SELECT pg_try_advisory_lock(hashtext($1)) AS locked", [LOCK]);
    if (rows[0].locked) return;
    if (!told) log("info", "waiting for another migration run to finish");
    told = true;
    if (Date.now() > deadline)
      throw new StartupError(`Another migration run has held the lock for over ${Math.round(WAIT_MS / 1000)} s; check for a stuck "npm run db:migrate".`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function deploy(url) {
  const prisma = path.resolve("node_modules", ".bin", "prisma");
  return new Promise((resolve, reject) => {
    const child = spawn(prisma, ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url } });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) return resolve();
      const said = output.trim().split("\n").slice(-6).join(" ").replace(/\s+/g, " ");
      reject(new StartupError(`Applying the database migrations failed; Prisma said: ${said}`));
    });
  });
}

/** Applies what is pending and returns its names. */
export async function migrateDatabase(url, { log }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await lock(client, log);
    const applied = await appliedMigrations(client);
    const pending = projectMigrations().filter((name) => !applied.has(name));
    if (pending.length) {
      await deploy(url);
      log("info", "database migrations applied", { migrations: pending });
    } else log("info", "database schema is up to date");
    // pg-boss keeps its own schema version; this is a no-op when it and the queues are current.
    await installQueues(url);
    return pending;
  } finally {
    await client.end().catch(() => {});
  }
}
