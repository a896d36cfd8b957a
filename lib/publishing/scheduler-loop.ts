import { schedulerToken } from "./scheduler-token";

const INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS ?? 5_000);

// Every few seconds, asks this server to publish what is due. A failure (the database is
// down, the server is still starting) is simply retried on the next tick.
export function startScheduler() {
  const port = process.env.PORT ?? "3000";
  const url = `http://127.0.0.1:${port}/api/internal/publish-due`;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await fetch(url, { method: "POST", headers: { "x-scheduler-token": schedulerToken() }, signal: AbortSignal.timeout(10_000) });
    } catch {
      // retried on the next tick
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, INTERVAL_MS);
  timer.unref();
}
