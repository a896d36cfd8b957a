import fs from "node:fs";
import path from "node:path";

// When autocannon stops, the requests it had in flight are still being served (Node.js
// finishes a request whose client has gone). For a slow URL that backlog can run for tens
// of seconds and would be counted against the next URL, so each run waits until the
// server and the database have gone quiet.

export const TICKS_PER_SECOND = 100; // USER_HZ on Linux

// CPU time of a process and of its children that have exited: PostgreSQL starts short-lived
// parallel workers, whose time would otherwise vanish with them.
export function cpuTicks(pid: number): number {
  try {
    // Fields after the command name (which may contain spaces): utime, stime, cutime, cstime.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  } catch {
    return 0;
  }
}

// The processes a process has started, from Linux's /proc.
export function children(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

// The postmaster of the embedded database and its backends.
export function databasePids(dataDir: string): number[] {
  try {
    const postmaster = Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
    return postmaster > 0 ? [postmaster, ...children(postmaster)] : [];
  } catch {
    return [];
  }
}

// Waits until `pids()` together use less than `threshold` of one core over half a second;
// returns how long that took.
export async function waitIdle(pids: () => number[], { threshold = 0.1, timeoutMs = 120_000 } = {}): Promise<number> {
  const started = performance.now();
  const windowMs = 500;
  while (performance.now() - started < timeoutMs) {
    // The list is read at each end: backends come and go.
    const ticks = () => pids().reduce((n, pid) => n + cpuTicks(pid), 0);
    const before = ticks();
    await new Promise((r) => setTimeout(r, windowMs));
    const used = (ticks() - before) / TICKS_PER_SECOND;
    if (used / (windowMs / 1000) < threshold) return performance.now() - started;
  }
  return performance.now() - started;
}

// Cores kept busy over one second by everything but `own` processes: the load of other
// work on the machine, which the figures share the CPU with.
export async function busyCores(own: () => number[]): Promise<number> {
  const ownTicks = () => own().reduce((n, pid) => n + cpuTicks(pid), process.cpuUsage().user / 10_000 + process.cpuUsage().system / 10_000);
  const read = () => {
    const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = cpu[3]! + (cpu[4] ?? 0);
    return { idle, total: cpu.reduce((a, b) => a + b, 0) };
  };
  const [a, mineBefore] = [read(), ownTicks()];
  await new Promise((r) => setTimeout(r, 1_000));
  const [b, mineAfter] = [read(), ownTicks()];
  return Math.max(0, (b.total - a.total - (b.idle - a.idle) - (mineAfter - mineBefore)) / TICKS_PER_SECOND);
}
