// Hands tags to this process's /api/internal/invalidate, since revalidateTag works only
// inside a Next.js request. No "server-only" import: instrumentation.ts loads this module.
import { reconnectDelay } from "./cache-notice";
import { schedulerToken } from "./scheduler-token";

const BATCH = 1_000;

// Returns expire(tags): queues the tags and sends them, merged with whatever else arrived
// meanwhile, one request at a time. A failed request (the server still starting, a 5xx)
// is retried with growing pauses; the tags stay queued until it succeeds.
// This process's own invalidation route (revalidateTag needs a request of its own).
export const localInvalidateUrl = () => `http://127.0.0.1:${process.env.PORT ?? "3000"}/api/internal/invalidate`;

export function createLocalInvalidator(url: string, options: { final?: boolean } = {}): (tags: Iterable<string>) => void {
  const pending = new Set<string>();
  let busy = false;
  let failures = 0;

  const send = async () => {
    if (busy || pending.size === 0) return;
    busy = true;
    const batch = [...pending].slice(0, BATCH);
    for (const tag of batch) pending.delete(tag);
    let retry = false;
    try {
      const headers = { "content-type": "application/json", "x-scheduler-token": schedulerToken() };
      const response = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify({ tags: batch, ...(options.final && { final: true }) }),
        signal: AbortSignal.timeout(10_000),
      });
      retry = response.status >= 500;
      // A 4xx will not improve by asking again (a bug, not an outage): say so and drop it.
      if (response.status >= 400 && !retry) console.error("cache invalidation refused", { status: response.status });
    } catch {
      retry = true;
    }
    busy = false;
    if (retry) {
      for (const tag of batch) pending.add(tag);
      setTimeout(() => void send(), reconnectDelay(failures++)).unref();
    } else {
      failures = 0;
      void send();
    }
  };

  return (tags) => {
    for (const tag of tags) pending.add(tag);
    void send();
  };
}
