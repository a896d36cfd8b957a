// The zero-setup path: `npm start` brings the site up on a fresh machine. Database (DATABASE_URL,
// or the embedded server under DATA_DIR), migrations, demo content when the embedded database
// is empty, a build when the sources are newer, then the production server as a child process.
//   node --import tsx server/start/run.ts start|dev|build [--no-build]
import { spawn } from "node:child_process";
import path from "node:path";
import { seedDatabase, isDatabaseEmpty } from "../../scripts/seed/index.ts";
import { runCli } from "../../scripts/lib/cli.ts";
import { authSecret } from "../auth-secret.ts";
import { configProblem, portOf } from "../config.ts";
import { migrate, openDatabase, type Database } from "../db/open.ts";
import { log, routeConsoleToLog } from "../log.mjs";
import { portInUseProblem } from "../net.ts";
import { onParentExit } from "../parent-watch.ts";
import { StartupError } from "../startup-error.mjs";
import { needsBuild } from "./build-freshness.ts";
import { buildSite, SERVER_BUNDLE } from "./build.ts";
import { heapLimitArgs } from "../heap-limit.ts";

const mode = process.argv[2];
if (mode !== "start" && mode !== "dev" && mode !== "build") throw new Error("usage: run.ts start|dev|build");
const port = portOf();
routeConsoleToLog();

async function prepare(): Promise<Database> {
  const problem = configProblem();
  if (problem) throw new StartupError(problem);
  const portProblem = mode === "build" ? null : await portInUseProblem(port);
  if (portProblem) throw new StartupError(portProblem);
  const db = await openDatabase();
  try {
    await migrate(db.url);
    const empty = await isDatabaseEmpty(db.url);
    // Demo content goes only into the embedded database; a server of your own gets content
    // from npm run content:import (or the demo from npm run db:seed) and nothing by itself.
    if (empty && db.embedded) await seedDatabase(db.url);
    else if (process.env.ADMIN_EMAIL) await seedDatabase(db.url, { adminOnly: true });
    if (empty && !db.embedded) log("warn", "The database has no content yet: import yours with npm run content:import, or load the demo with npm run db:seed.");
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}

await runCli(async () => {
  const secret = authSecret();
  const db = await prepare();
  const env = { ...process.env, DATABASE_URL: db.url, PORT: String(port), BETTER_AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" };
  if (mode === "build" || (mode === "start" && !process.argv.includes("--no-build") && needsBuild(SERVER_BUNDLE))) {
    if (mode === "start") log("info", "The production build is missing or older than the sources: building (about a minute)…");
    try {
      await buildSite(env);
    } catch (error) {
      await db.stop();
      throw error;
    }
    if (mode === "build") return db.stop();
  }
  const next = path.resolve("node_modules", ".bin", "next");
  const child =
    mode === "start"
      ? spawn(process.execPath, [...heapLimitArgs(env), SERVER_BUNDLE], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } })
      : spawn(next, ["dev", "-p", String(port)], { stdio: "inherit", env });
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGHUP", () => shutdown("SIGTERM"));
  onParentExit(() => shutdown("SIGTERM"));
  // The database stops only after the server has exited, so requests in flight can finish.
  const code = await new Promise<number>((resolve) => child.once("exit", (c, s) => resolve(c ?? (s ? 0 : 1))));
  await db.stop();
  process.exit(stopping ? 0 : code);
});
