// Each server process listens on PostgreSQL's airr_cache channel and expires in its own
// cache what another process announced (broadcast.ts). A dedicated connection, outside the
// pool, since LISTEN belongs to one session. No "server-only": instrumentation.ts loads this.
import pg from "pg";
import { tags as cacheTags } from "@/lib/cache-tags";
import { CACHE_CHANNEL, foreignTags, instanceId, reconnectDelay } from "./cache-notice";
import { createLocalInvalidator, localInvalidateUrl } from "./local-invalidation";

// Visible in pg_stat_activity, so operators (and the scale-out test) can see the listeners.
export const LISTENER_APPLICATION_NAME = "airr-cache-listener";

// Lists, feeds, the sitemap and the entity reads all carry one of these, so expiring them
// all covers whatever notices were missed while the connection was down.
const collectionTags = () => Object.values(cacheTags).flatMap((t) => (typeof t === "string" ? [t] : []));

const store = globalThis as unknown as { __airrCacheListener?: boolean };

// Returns stop(), for tests; a server keeps listening until it exits.
export function startCacheListener(): () => void {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString || store.__airrCacheListener) return () => {};
  store.__airrCacheListener = true;
  const expire = createLocalInvalidator(localInvalidateUrl());
  const self = instanceId();
  let attempt = 0;
  // True after a dropped connection or a failed attempt: notices may have gone unheard.
  let missed = false;
  let stopped = false;
  let current: pg.Client | null = null;

  const connect = async () => {
    if (stopped) return;
    const client = new pg.Client({
      connectionString,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    current = client;
    let gone = false;
    const lost = () => {
      if (gone || stopped) return;
      gone = true;
      if (!missed) console.warn("cache listener: database connection lost, reconnecting");
      missed = true;
      client.removeAllListeners("notification");
      client.end().catch(() => {});
      setTimeout(() => void connect(), reconnectDelay(attempt++)).unref();
    };
    // Without an 'error' listener a database restart would crash the process.
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (message) => {
      if (message.channel !== CACHE_CHANNEL || !message.payload) return;
      const tags = foreignTags(message.payload, self);
      if (tags) expire(tags);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CACHE_CHANNEL}`);
    } catch {
      return lost();
    }
    if (gone) return;
    if (stopped) return void client.end().catch(() => {});
    attempt = 0;
    if (missed) {
      missed = false;
      console.info("cache listener: reconnected, expiring collection caches");
      expire(collectionTags());
    }
  };
  void connect();
  return () => {
    stopped = true;
    store.__airrCacheListener = false;
    current?.end().catch(() => {});
  };
}
