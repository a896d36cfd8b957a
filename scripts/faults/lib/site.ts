// Starting and stopping the site the way `npm start -- --no-build` does, in its own
// process group so a test can signal the runner alone or kill the whole tree.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../../server/net.ts";
import { sleep } from "./load.ts";
import { runCommand } from "./npm.ts";

export type Site = {
  child: ChildProcess;
  pid: number;
  port: number;
  base: string;
  output: () => string;
  // Resolves with the runner's exit code (null when a signal ended it).
  exited: Promise<number | null>;
  isRunning: () => boolean;
};

// The runner itself (node --import tsx server/start/run.ts), or with { npm: true } through
// `npm start`, whose process then gets the signals.
export async function startSite(env: Record<string, string>, port?: number, { npm = false } = {}): Promise<Site> {
  const sitePort = port ?? (await freePort());
  const [cmd, args] = npm ? ["npm", ["start", "--", "--no-build"]] : [process.execPath, ["--import", "tsx", "server/start/run.ts", "start", "--no-build"]];
  const run = runCommand(cmd as string, args as string[], { TRUST_PROXY_HOPS: "1", ...env, PORT: String(sitePort) });
  return {
    child: run.child,
    pid: run.pid,
    port: sitePort,
    base: `http://127.0.0.1:${sitePort}`,
    output: run.output,
    exited: run.exited,
    isRunning: run.running,
  };
}

export async function waitHealthy(site: Site, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (!site.isRunning()) throw new Error(`the site exited during start-up:\n${site.output().slice(-2000)}`);
    const status = await fetch(`${site.base}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.status,
      () => null,
    );
    if (status === 200) return Date.now() - started;
    await sleep(250);
  }
  throw new Error(`the site was not healthy within ${timeoutMs / 1000} s:\n${site.output().slice(-2000)}`);
}

// The runner and everything it started in its group (Next.js); the embedded database
// runs in a group of its own and is not reached by this.
export function killGroup(site: Site, signal: NodeJS.Signals = "SIGKILL"): void {
  try {
    process.kill(-site.pid, signal);
  } catch {
    // already gone
  }
}

export async function stopSite(site: Site, timeoutMs = 30_000): Promise<void> {
  if (!site.isRunning()) return;
  site.child.kill("SIGTERM");
  const done = await Promise.race([site.exited.then(() => true), sleep(timeoutMs).then(() => false)]);
  if (!done) killGroup(site);
}

// A folder the embedded database (which runs as the "postgres" account under root) can reach.
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `airr-faults-${prefix}-`));
  fs.chmodSync(dir, 0o755);
  return dir;
}

// The postmaster of the embedded database under DATA_DIR, from its lock file.
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
    return pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await sleep(100);
  }
  return condition();
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// Stops a scenario's site and keeps its output beside the scenario's data.
export async function stopAndKeepLog(site: Site | null, dir: string, name = "site"): Promise<void> {
  if (!site) return;
  await stopSite(site);
  fs.writeFileSync(path.join(dir, `${name}.log`), site.output());
}
