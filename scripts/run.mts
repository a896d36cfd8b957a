// Brings the site up: database (DATABASE_URL, or the embedded server under .data/),
// migrations, demo content when the database is empty, then Next.js.
//   tsx scripts/run.mts start|dev|build
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { mediaStorageProblem } from "../lib/media/storage-backends.ts";
import { authSecret } from "./lib/auth-secret.ts";
import { placeholderProblem } from "./server/proxy-nonce.ts";
import { cacheMemoryProblem } from "../server/cache/memory-budget.mjs";
import { needsBuild } from "./lib/build-freshness.ts";
import { runCli } from "./lib/cli.ts";
import { migrate, openDatabase, type Database } from "./lib/database.ts";
import { isPortFree } from "./lib/net.ts";
import { StartupError } from "./lib/startup-error.ts";
import { isDatabaseEmpty, seedDatabase } from "./seed/index.ts";

const mode = process.argv[2];
if (mode !== "start" && mode !== "dev" && mode !== "build") throw new Error("usage: run.mts start|dev|build");
const next = path.resolve("node_modules", ".bin", "next");
const port = Number(process.env.PORT ?? 3000);

async function prepare(): Promise<Database> {
  const mediaProblem = mediaStorageProblem();
  if (mediaProblem) throw new StartupError(mediaProblem);
  const configProblem = placeholderProblem() ?? cacheMemoryProblem();
  if (configProblem) throw new StartupError(configProblem);
  if (mode !== "build" && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new StartupError(`PORT must be a number between 1 and 65535 (it is "${process.env.PORT}").`);
  if (mode !== "build" && !(await isPortFree(port))) throw new StartupError(`Port ${port} is already in use; stop the program using it or start with another port, e.g. PORT=3001 npm start.`);
  const db = await openDatabase();
  try {
    migrate(db.url);
    if (await isDatabaseEmpty(db.url)) await seedDatabase(db.url);
    else if (process.env.ADMIN_EMAIL) await seedDatabase(db.url, { adminOnly: true });
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}

function build(env: NodeJS.ProcessEnv) {
  const result = spawnSync(next, ["build"], { stdio: "inherit", env });
  if (result.status !== 0) throw new StartupError("The production build failed (output above).");
}

await runCli(async () => {
  const secret = authSecret();
  const db = await prepare();
  const env = { ...process.env, DATABASE_URL: db.url, PORT: String(port), BETTER_AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" };
  // --no-build: serve whatever build exists (tests that start a second server use it).
  if (mode === "build" || (mode === "start" && !process.argv.includes("--no-build") && needsBuild())) {
    if (mode === "start") console.log("The production build is missing or older than the sources: building (about a minute)…");
    try {
      build(env);
    } catch (error) {
      await db.stop();
      throw error;
    }
    if (mode === "build") return db.stop();
  }
  // Production runs the project's own server around Next.js (scripts/server); dev runs `next dev`.
  const child = mode === "start"
    ? spawn(process.execPath, ["--import", "tsx", path.join("scripts", "server", "index.mts")], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } })
    : spawn(next, [mode, "-p", String(port)], { stdio: "inherit", env });
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  // The database stops only after Next.js has exited, so requests in flight can finish.
  const code = await new Promise<number>((resolve) => child.once("exit", (c, s) => resolve(c ?? (s ? 0 : 1))));
  await db.stop();
  process.exit(stopping ? 0 : code);
});
