// The production server on the bench database, started the way `npm start -- --no-build`
// does (server/start/run.ts, which runs the embedded database and the server), with its
// JSON request log written to a file rather than kept in memory.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort, isPortFree } from "../../../server/net.ts";
import { children } from "./idle.ts";

export type BenchServer = {
  base: string;
  port: number;
  dbPort: number;
  // The Node.js process of the server (.next/airr/server.mjs) (not the runner around it): the one whose memory counts.
  serverPid: () => number | null;
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const cmdline = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
};

// Resident memory in bytes (VmRSS), or null when the process is gone.
export function rssBytes(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

export async function startServer(env: NodeJS.ProcessEnv, logFile: string, port: number, timeoutMs = 180_000): Promise<BenchServer> {
  if (!(await isPortFree(port))) throw new Error(`Port ${port} is in use; stop what uses it or set BENCH_PORT to another port.`);
  const dbPort = await freePort();
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, "w");
  // node --import tsx rather than the tsx wrapper, so SIGTERM reaches server/start/run.ts itself.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/start/run.ts", "start", "--no-build"], {
    env: { ...env, PORT: String(port), EMBEDDED_DB_PORT: String(dbPort), ADMIN_EMAIL: "", ADMIN_PASSWORD: "" },
    stdio: ["ignore", out, out],
    detached: true,
  });
  fs.closeSync(out);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const stop = async () => {
    if (exited) return;
    child.kill("SIGTERM");
    await Promise.race([exit, sleep(30_000)]);
    if (!exited) process.kill(-child.pid!, "SIGKILL");
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop().then(() => process.exit(130)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server exited during start-up; see ${logFile}.`);
    const status = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.status,
      () => null,
    );
    if (status === 200) break;
    await sleep(250);
  }
  if (Date.now() >= deadline) {
    await stop();
    throw new Error(`The server was not healthy within ${timeoutMs / 1000} s; see ${logFile}.`);
  }
  const serverPid = () => children(child.pid!).find((pid) => cmdline(pid).includes(path.join(".next", "airr", "server.mjs"))) ?? null;
  return { base, port, dbPort, serverPid, stop };
}

// The bench database's URL while the server runs it (credentials of the embedded cluster).
export function benchDatabaseUrl(dataDir: string, dbPort: number): string {
  const { user, password } = JSON.parse(fs.readFileSync(path.join(dataDir, "credentials.json"), "utf8")) as { user: string; password: string };
  return `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${dbPort}/airr`;
}
