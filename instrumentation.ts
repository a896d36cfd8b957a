// Starts, inside the server process, the job worker (scheduled publication and everything a
// publication sends out; no outside cron needed) and the listener that expires this process's
// cache when another server publishes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // The context outside every request, for database connections (lib/db.ts).
  const { AsyncResource } = await import("node:async_hooks");
  (globalThis as Record<symbol, unknown>)[Symbol.for("airr.rootAsyncResource")] ??= new AsyncResource("airr-root");
  const [{ startJobWorker }, { startCacheListener }] = await Promise.all([import("./lib/jobs/worker"), import("./lib/publishing/cache-listener")]);
  startJobWorker();
  startCacheListener();
}
