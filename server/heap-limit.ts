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
// Node's default young generation is two 16 MB halves. Buffers of responses (the page with its
// nonces, compressed output) belong to short-lived objects and are freed only when those are
// collected, so with large halves a busy server held 60–80 MB of spent buffers at a time. Halves
// of 4 MB collect them four times as often: 413 -> 373 MB peak under the mixed load, at the
// same throughput.
export const SEMI_SPACE_MB = 4;

type Env = Record<string, string | undefined>;

export function heapLimitMb(env: Env = process.env): number {
  return Math.round(cacheMemoryBytes(env) / 1024 / 1024) + HEAP_HEADROOM_MB;
}

// The flags for a server started by the runner, each unless the operator gave it already.
export function heapLimitArgs(env: Env = process.env): string[] {
  const given = [...process.execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)];
  return [
    ...(hasFlag(given, "old") ? [] : [`--max-old-space-size=${heapLimitMb(env)}`]),
    ...(hasFlag(given, "semi") ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`]),
  ];
}

const hasFlag = (args: string[], space: "old" | "semi") => args.some((a) => new RegExp(`^--max[-_]${space}[-_]space[-_]size(=|$)`).test(a));

export function warnWithoutHeapLimit(): void {
  const limit = v8.getHeapStatistics().heap_size_limit / 1024 / 1024;
  if (limit <= 2 * heapLimitMb() + 64) return;
  log("warn", `No heap limit: V8 may let this process grow to several times what it uses. Start it with ${heapLimitArgs().join(" ")}.`, {
    heapLimitMb: Math.round(limit),
  });
}
