// The production server: one plain Node.js process around Next.js's request handler
// (server/http/handler.ts). `npm run build` bundles this file into .next/airr/server.mjs;
// `npm run serve` (or `node .next/airr/server.mjs`) runs it on an existing build. It never
// builds, migrates or seeds: those are release steps of their own.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { authSecret } from "./auth-secret.ts";
import { configProblem, portOf } from "./config.ts";
import { connectionProblem, firstConnectError, isTransient, parseDatabaseUrl } from "./db/connect.mjs";
import { createDrain } from "./http/drain.ts";
import { createHandler } from "./http/handler.ts";
import { answerClientError } from "./http/client-error.ts";
import { portInUseProblem } from "./net.ts";
import { log, logFatal, routeConsoleToLog } from "./log.mjs";
import { onParentExit } from "./parent-watch.ts";
import { StartupError } from "./startup-error.mjs";
import { applyBuildConfig } from "./build-config.ts";
import { releaseAbortReasonFrames } from "./abort-reason.mjs";
import { warnWithoutHeapLimit } from "./heap-limit.ts";

async function checkOrThrow(port: number) {
  const problem = configProblem();
  if (problem) throw new StartupError(problem);
  if (!process.env.DATABASE_URL)
    throw new StartupError("DATABASE_URL is not set: name the PostgreSQL server to serve from (npm start runs an embedded one instead).");
  if (!fs.existsSync(path.join(".next", "BUILD_ID")))
    throw new StartupError(`There is no production build in ${path.resolve(".next")}; run npm run build first.`);
  const portProblem = await portInUseProblem(port);
  if (portProblem) throw new StartupError(portProblem);
  const url = parseDatabaseUrl(process.env.DATABASE_URL).href;
  const error = await firstConnectError(url);
  // A wrong password or database is a mistake to fix now; a server that is down or still
  // starting may come back, and pages already cached can be served meanwhile.
  if (error && !isTransient(error)) throw new StartupError(connectionProblem(error, url));
  if (error) log("warn", `${connectionProblem(error, url)} Serving anyway; /api/health/ready answers 503 until it is reachable.`);
}

// tsx and some process managers turn source maps on, and Node then keeps a parsed map for
// every module it loads, Next.js's bundles included: about 35 MB of heap for stack traces of
// minified code. Off unless asked for with --enable-source-maps.
if (![...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].includes("--enable-source-maps")) process.setSourceMapsEnabled(false);
routeConsoleToLog();
releaseAbortReasonFrames();
const port = portOf();
try {
  await checkOrThrow(port);
  process.env.BETTER_AUTH_SECRET = authSecret();
} catch (error) {
  logFatal(error, "start-up failed");
  process.exit(1);
}

applyBuildConfig();
warnWithoutHeapLimit();
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
await app.prepare();
const server = http.createServer();
const drain = createDrain(server, Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000));
server.on("request", createHandler(app.getRequestHandler(), drain));
server.on("clientError", answerClientError);
server.listen(port, () => log("info", "ready", { url: `http://localhost:${port}`, pid: process.pid }));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => drain.start(signal));
onParentExit(() => drain.start("parent exited"));
