// Running the project's npm commands as an operator or a process manager does: through npm,
// in a process group of their own, so a test can signal npm alone and then see what is left.
import { spawn, type ChildProcess } from "node:child_process";
import { groupPids } from "./footprint.ts";
import { sleep } from "./load.ts";

// Ctrl-C during a scenario must not leave a site or a database behind: both run in
// process groups of their own and would not receive the terminal's signal.
const cleanups = new Set<() => Promise<void>>();
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  if (cleanups.size === 0) {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => void Promise.allSettled([...cleanups].map((c) => c())).then(() => process.exit(130)));
    }
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

export type Command = {
  child: ChildProcess;
  pid: number;
  output: () => string;
  exited: Promise<number | null>;
  running: () => boolean;
  elapsedMs: () => number;
};

export function runCommand(cmd: string, args: string[], env: Record<string, string>, cwd = process.cwd()): Command {
  const started = Date.now();
  let ended = 0;
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, DATABASE_URL: "", ADMIN_EMAIL: "", ADMIN_PASSWORD: "", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  let running = true;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code, signal) => {
      running = false;
      ended = Date.now();
      out += `[exited: ${signal ?? `code ${code}`}]\n`;
      resolve(code);
    }),
  );
  const pid = child.pid!;
  // SIGTERM first, so a runner can still stop its embedded database.
  const forget = onInterrupt(async () => {
    const signal = (s: NodeJS.Signals) =>
      groupPids(pid).forEach((p) => {
        try {
          process.kill(p, s);
        } catch {}
      });
    signal("SIGTERM");
    await Promise.race([exited, sleep(15_000)]);
    signal("SIGKILL");
  });
  void exited.then(forget);
  return { child, pid, output: () => out, exited, running: () => running, elapsedMs: () => (ended || Date.now()) - started };
}

export const npm = (args: string[], env: Record<string, string>, cwd?: string) => runCommand("npm", args, env, cwd);

export async function waitReady(base: string, command: Command, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!command.running()) throw new Error(`exited during start-up:\n${command.output().slice(-2000)}`);
    const status = await fetch(`${base}/api/health/ready`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.status,
      () => null,
    );
    if (status === 200) return;
    await sleep(250);
  }
  throw new Error(`not ready within ${timeoutMs / 1000} s:\n${command.output().slice(-2000)}`);
}

// What is left of a command's process group (npm, sh, node and their children) after it exited.
export async function leftovers(command: Command, waitMs = 5_000): Promise<number[]> {
  const deadline = Date.now() + waitMs;
  while (groupPids(command.pid).length && Date.now() < deadline) await sleep(100);
  return groupPids(command.pid);
}
