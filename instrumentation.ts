// Starts, inside the server process, the publication scheduler (no outside cron needed) and
// the listener that expires this process's cache when another server publishes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startScheduler }, { startCacheListener }] = await Promise.all([import("./lib/publishing/scheduler-loop"), import("./lib/publishing/cache-listener")]);
  startScheduler();
  startCacheListener();
}
