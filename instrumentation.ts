// Starts the publication scheduler inside the server process: no outside cron needed.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("./lib/publishing/scheduler-loop");
  startScheduler();
}
