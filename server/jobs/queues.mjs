// The site's background work, on pg-boss in the site's own database (schema "pgboss"). The
// queues are created by the migration step (server/db/migrate.mjs), so a server that starts, a
// test database cloned from the template and a transaction that enqueues all find them there.
import PgBoss from "pg-boss";

export const QUEUE_SCHEMA = "pgboss";

// retryDelay is in seconds and doubles with each attempt (retryBackoff); expireInSeconds is how
// long a job may stay active before pg-boss gives it back as failed (a server killed mid-job).
export const QUEUES = {
  // Publishes the scheduled texts whose time has come; "stately" keeps at most one waiting.
  publishDue: { name: "publish-due", policy: "stately", retryLimit: 10, retryDelay: 2, retryBackoff: true, expireInSeconds: 120 },
  // What a change of a text's visibility sets off: search engines, channels, alerts.
  publication: { name: "publication", policy: "standard", retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  // One IndexNow request with every address changed since the last one.
  indexNow: { name: "indexnow", policy: "stately", retryLimit: 12, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
  telegram: { name: "telegram", policy: "standard", retryLimit: 12, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
  // E-mail: confirmations, alerts (one job per recipient), the weekly digests.
  mail: { name: "mail", policy: "standard", retryLimit: 8, retryDelay: 60, retryBackoff: true, expireInSeconds: 60 },
};

// Monday morning in Moscow: the weekly digests go out (pg-boss's cron, run by one server).
export const DIGEST_SCHEDULE = { cron: "0 9 * * 1", tz: "Europe/Moscow" };

export const QUEUE_NAMES = Object.values(QUEUES).map((q) => q.name);

export function queueOf(name) {
  return Object.values(QUEUES).find((q) => q.name === name) ?? null;
}

/** A pg-boss instance on its own small pool; `maintain` for a server's worker, not for a sender. */
export function createBoss(connectionString, { maintain = false, applicationName = "airr-jobs" } = {}) {
  return new PgBoss({
    connectionString,
    schema: QUEUE_SCHEMA,
    application_name: applicationName,
    max: 3,
    migrate: false,
    supervise: maintain,
    schedule: maintain,
    // How soon a job left active by a stopped server is found expired and retried.
    maintenanceIntervalSeconds: 30,
    // Finished jobs stay visible in the back office for a month.
    archiveCompletedAfterSeconds: 7 * 24 * 3600,
    deleteAfterDays: 30,
  });
}

/** Creates or upgrades the queue schema and the queues; called under the migration lock. */
export async function installQueues(connectionString) {
  const installer = new PgBoss({
    connectionString,
    schema: QUEUE_SCHEMA,
    application_name: "airr-migrate",
    max: 1,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  // Without a listener pg-boss would rethrow a connection error as an uncaught exception.
  installer.on("error", () => {});
  await installer.start();
  try {
    for (const { name, ...options } of Object.values(QUEUES)) {
      const existing = await installer.getQueue(name);
      if (existing) await installer.updateQueue(name, options);
      else await installer.createQueue(name, options);
    }
  } finally {
    await installer.stop({ graceful: false, wait: true });
  }
}
