// V8 lets a busy process keep hundreds of megabytes of garbage before it collects: under the
// bench's mixed load one server reached about 850 MB resident with about 200 MB of it live. A
// heap limit makes it collect sooner. The limit is the cache budget plus what a server needs
// beside its caches (about 100 MB after a full collection) and what renders in flight take; a
// flood of 10,000 made-up addresses peaks at about 120 MB of heap with a 32 MB budget (once
// finished renders no longer keep each other alive: abort-reason.mjs). V8 takes the limit only
// from the command line, so the runner, `npm run serve` and the systemd unit pass it, and a
// server started without one says so.
import v8 from "node:v8";
import { cacheMemoryBytes } from "./cache/memory-budget.mjs";
import { log } from "./log.mjs";

export const HEAP_HEADROOM_MB = 224;

type Env = Record<string, string | undefined>;

export function heapLimitMb(env: Env = process.env): number {
  return Math.round(cacheMemoryBytes(env) / 1024 / 1024) + HEAP_HEADROOM_MB;
}

// The flag for a server started by the runner, unless one is given already.
export function heapLimitArgs(env: Env = process.env): string[] {
  return hasHeapFlag([...process.execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)]) ? [] : [`--max-old-space-size=${heapLimitMb(env)}`];
}

const hasHeapFlag = (args: string[]) => args.some((a) => /^--max[-_]old[-_]space[-_]size(=|$)/.test(a));

export function warnWithoutHeapLimit(): void {
  const limit = v8.getHeapStatistics().heap_size_limit / 1024 / 1024;
  if (limit <= 2 * heapLimitMb() + 64) return;
  log("warn", `No heap limit: V8 may let this process grow to several times what it uses. Start it with --max-old-space-size=${heapLimitMb()}.`, {
    heapLimitMb: Math.round(limit),
  });
}
