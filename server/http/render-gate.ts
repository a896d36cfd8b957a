// At most RENDER_CONCURRENCY requests are inside Next.js at once; the rest wait their turn in
// arrival order. Fifty renders at once each hold their own React tree, data and output buffers,
// which took one process past 1 GB under a burst of uncached pages, while the two cores render
// no faster with fifty than with a few. A request that cannot get in line (RENDER_QUEUE_MAX
// waiting) or waits longer than RENDER_WAIT_MS gets the "busy" page with Retry-After, so a
// flood grows neither the queue nor the memory behind it. Replayed pages, static files,
// media, uploads and health probes never wait here.
import type { IncomingMessage, ServerResponse } from "node:http";

type Env = Record<string, string | undefined>;
export type GateLimits = { concurrency: number; queueMax: number; waitMs: number };

const SETTINGS = {
  RENDER_CONCURRENCY: { fallback: 8, min: 1, max: 256 },
  RENDER_QUEUE_MAX: { fallback: 512, min: 0, max: 100_000 },
  RENDER_WAIT_MS: { fallback: 15_000, min: 100, max: 600_000 },
} as const;

const setting = (env: Env, name: keyof typeof SETTINGS) => (env[name] ? Number(env[name]) : SETTINGS[name].fallback);

export function renderGateProblem(env: Env = process.env): string | null {
  for (const [name, { min, max }] of Object.entries(SETTINGS)) {
    const value = setting(env, name as keyof typeof SETTINGS);
    if (!Number.isInteger(value) || value < min || value > max) return `${name} must be a whole number from ${min} to ${max} (it is "${env[name]}").`;
  }
  return null;
}

export function gateLimits(env: Env = process.env): GateLimits {
  return { concurrency: setting(env, "RENDER_CONCURRENCY"), queueMax: setting(env, "RENDER_QUEUE_MAX"), waitMs: setting(env, "RENDER_WAIT_MS") };
}

// Files, uploads, photo archives, probes and the prerendered 404 page (which a 404 being drawn
// waits for, server/http/not-found-page.ts): cheap to serve, and a long download or upload
// must not hold a render's place (archives have a limit of their own, lib/media/zip.ts).
const UNGATED =
  /^\/(?:_next\/static\/|media\/|admin\/media\/upload(?:$|\?)|api\/health(?:\/|$|\?)|(?:ru|en)\/press\/(?:gallery|news)\/[^/?]+\/photos\.zip(?:$|\?)|(?:ru|en)\/page-not-found(?:$|\?))/;
export const isGated = (req: IncomingMessage) => !UNGATED.test(req.url ?? "");

type Waiter = { run: () => void; timer: NodeJS.Timeout; res: ServerResponse };

export function createRenderGate(limits: GateLimits) {
  let active = 0;
  const waiting: Waiter[] = [];

  const enter = (res: ServerResponse, run: () => void) => {
    active++;
    res.once("close", release);
    run();
  };
  function release() {
    active--;
    const next = waiting.shift();
    if (!next) return;
    clearTimeout(next.timer);
    enter(next.res, next.run);
  }
  const leaveLine = (waiter: Waiter) => {
    const at = waiting.indexOf(waiter);
    if (at >= 0) waiting.splice(at, 1);
    clearTimeout(waiter.timer);
  };

  return {
    // Runs `run` once a place is free, or `refuse` when the line is full or the wait too long.
    admit(res: ServerResponse, run: () => void, refuse: () => void): void {
      if (active < limits.concurrency) return enter(res, run);
      if (waiting.length >= limits.queueMax) return refuse();
      const waiter: Waiter = {
        res,
        run,
        timer: setTimeout(() => {
          leaveLine(waiter);
          refuse();
        }, limits.waitMs),
      };
      waiting.push(waiter);
      // A client that gave up while waiting leaves the line rather than being rendered for.
      res.once("close", () => leaveLine(waiter));
    },
  };
}
