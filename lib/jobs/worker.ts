// Each server works the job queue (pg-boss, server/jobs/queues.mjs); several servers share it
// without doubles, and a job a stopped server left unfinished is retried. The work itself runs
// in this server's /api/internal/jobs route, inside a Next.js request, where the data layer and
// cache expiry live. No "server-only": instrumentation.ts loads this module.
import type PgBoss from "pg-boss";
import { reconnectDelay } from "@/lib/publishing/cache-notice";
import { schedulerToken } from "@/lib/publishing/scheduler-token";
import { createBoss, DIGEST_SCHEDULE, QUEUES } from "@/server/jobs/queues.mjs";

// How often a server looks for due publications and new jobs (pg-boss's floor is 500 ms).
const POLL_MS = Math.max(500, Number(process.env.SCHEDULER_INTERVAL_MS ?? 5_000));
const jobsUrl = () => `http://127.0.0.1:${process.env.PORT ?? "3000"}/api/internal/jobs`;

const DUE = `SELECT EXISTS (
  SELECT 1 FROM "ArticleTranslation"
  WHERE status = 'scheduled' AND "scheduledAt" <= $1::timestamptz AND ("embargoUntil" IS NULL OR "embargoUntil" <= $1::timestamptz)
) AS due`;

async function runInServer(queue: string, job: PgBoss.Job<object>) {
  const response = await fetch(jobsUrl(), {
    method: "POST",
    headers: { "content-type": "application/json", "x-scheduler-token": schedulerToken() },
    body: JSON.stringify({ queue, id: job.id, data: job.data }),
    signal: AbortSignal.timeout(Math.max(5, job.expireInSeconds - 5) * 1000),
  });
  const body = (await response.json().catch(() => null)) as { output?: unknown; error?: string } | null;
  // pg-boss keeps the message as the job's output, which the back office shows.
  if (!response.ok) throw new Error(body?.error ?? `the job route answered ${response.status}`);
  return body?.output ?? null;
}

const store = globalThis as unknown as { __airrJobWorker?: boolean };

export function startJobWorker(): void {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString || store.__airrJobWorker) return;
  store.__airrJobWorker = true;
  const boss = createBoss(connectionString, { maintain: true });
  boss.on("error", (error: Error) => console.warn("job queue:", error.message));
  let attempt = 0;

  const start = async () => {
    try {
      await boss.start();
    } catch (error) {
      console.warn("job queue: not started, retrying", (error as Error).message);
      setTimeout(() => void start(), reconnectDelay(attempt++)).unref();
      return;
    }
    const options = { pollingIntervalSeconds: POLL_MS / 1000, batchSize: 1 };
    const workers = new Map<string, string>();
    for (const { name } of Object.values(QUEUES)) {
      workers.set(name, await boss.work<object>(name, options, ([job]) => runInServer(name, job!)));
    }
    await boss.schedule(QUEUES.mail.name, DIGEST_SCHEDULE.cron, { kind: "digests" }, { tz: DIGEST_SCHEDULE.tz });
    watchDue(boss, workers.get(QUEUES.publishDue.name)!);
  };
  void start();
}

// A cheap check on every tick; only when a text is due does a job go on the queue (one at a
// time across all servers, the queue being "stately"), so an idle site does no work and logs
// nothing. Texts scheduled by any means, even straight in SQL, are found.
function watchDue(boss: PgBoss, workerId: string) {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const { rows } = await boss.getDb().executeSql(DUE, [new Date().toISOString()]);
      if (rows[0]?.due) {
        await boss.send(QUEUES.publishDue.name, {}, { singletonKey: "due" });
        boss.notifyWorker(workerId);
      }
    } catch {
      // the database is away: the next tick tries again
    } finally {
      busy = false;
    }
  };
  setInterval(() => void tick(), POLL_MS).unref();
}
