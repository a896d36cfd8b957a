import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../support/test-db";

// Invalidation between server processes over NOTIFY, on a real PostgreSQL: what a
// transaction announces, and the listener's filtering and reconnecting.
const expired = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => expired.push(tag) }));

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let spy: pg.Client;
const heard: { origin: string; tags: string[] }[] = [];
let db: typeof import("../../lib/db").db;
let broadcast: typeof import("../../lib/publishing/broadcast");
let invalidate: typeof import("../../lib/publishing/invalidate");
let notice: typeof import("../../lib/publishing/cache-notice");

const until = async (condition: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return condition();
};
// Notices on the channel arrive in the order they were sent: once a marker sent last has come
// through, so has anything sent before it, and "nothing else came" can be asserted without a
// wait on the clock. The marker is taken out of the list again.
const MARKER = "test:marker";
async function throughMarker(list: unknown[], tagsOf: (entry: never) => string[]) {
  await spy.query("SELECT pg_notify('airr_cache', $1)", [JSON.stringify({ origin: "another-server", tags: [MARKER] })]);
  const isMarker = (entry: unknown) => tagsOf(entry as never).includes(MARKER);
  expect(await until(() => list.some(isMarker))).toBe(true);
  list.splice(list.findIndex(isMarker), 1);
}
const heardAll = () => throughMarker(heard, (h: { tags: string[] }) => h.tags);

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  [{ db }, broadcast, invalidate, notice] = await Promise.all([
    import("../../lib/db"),
    import("../../lib/publishing/broadcast"),
    import("../../lib/publishing/invalidate"),
    import("../../lib/publishing/cache-notice"),
  ]);
  spy = new pg.Client({ connectionString: testDb.url });
  await spy.connect();
  spy.on("notification", (m) => heard.push(JSON.parse(m.payload!)));
  await spy.query("LISTEN airr_cache");
});

afterAll(async () => {
  await spy.end();
  await db.$disconnect();
  await testDb.drop();
});

describe("announcing a change", () => {
  it("is heard only when its transaction commits", async () => {
    heard.length = 0;
    await expect(
      db.$transaction(async (tx) => {
        await broadcast.notifyInTransaction(tx, ["region:rolled-back"]);
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    await db.$transaction((tx) => broadcast.notifyInTransaction(tx, ["articles", "region:kazan"]));
    await until(() => heard.length > 0);
    await heardAll();
    expect(heard).toEqual([{ origin: notice.instanceId(), tags: ["articles", "region:kazan"] }]);
  });

  it("expires locally and announces once: not again for tags its transaction announced", async () => {
    heard.length = 0;
    expired.length = 0;
    const announced = await db.$transaction(async (tx) => {
      const tags = ["pages", "page:/about"];
      await broadcast.notifyInTransaction(tx, tags);
      return tags;
    });
    invalidate.expireTags(announced);
    invalidate.expireTags(["people", "people"]);
    await until(() => heard.length >= 2);
    await heardAll();
    expect(expired).toEqual(["pages", "page:/about", "people"]);
    expect(heard.map((h) => h.tags)).toEqual([["pages", "page:/about"], ["people"]]);
  });

  it("splits a long list into several notices, all delivered", async () => {
    heard.length = 0;
    const tags = Array.from({ length: 1_500 }, (_, i) => `article-slug:ru:длинная-новость-${i}`);
    await db.$transaction((tx) => broadcast.notifyInTransaction(tx, tags));
    await until(() => heard.flatMap((h) => h.tags).length >= tags.length);
    expect(heard.length).toBeGreaterThan(1);
    expect(heard.flatMap((h) => h.tags)).toEqual(tags);
  });
});

describe("the listener", () => {
  let route: http.Server;
  const posted: string[][] = [];
  let stop: () => void = () => {};

  beforeAll(async () => {
    // Stands in for this process's /api/internal/invalidate.
    route = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        posted.push((JSON.parse(body) as { tags: string[] }).tags);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => route.listen(0, "127.0.0.1", resolve));
    process.env.PORT = String((route.address() as AddressInfo).port);
    const { startCacheListener, LISTENER_APPLICATION_NAME } = await import("../../lib/publishing/cache-listener");
    stop = startCacheListener();
    const listening = async () =>
      (
        await spy.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database() AND query ILIKE 'LISTEN%'",
          [LISTENER_APPLICATION_NAME],
        )
      ).rows[0].n as number;
    const deadline = Date.now() + 5_000;
    while ((await listening()) !== 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  });

  afterAll(async () => {
    stop();
    await new Promise<void>((resolve) => route.close(() => resolve()));
  });

  const postedAll = () => throughMarker(posted, (tags: string[]) => tags);
  const send = (origin: string, tags: string[]) => spy.query("SELECT pg_notify('airr_cache', $1)", [JSON.stringify({ origin, tags })]);

  it("expires what another process announced, and skips its own process's notices", async () => {
    posted.length = 0;
    await send(notice.instanceId(), ["own"]);
    await send("another-server", ["region:tatarstan"]);
    await until(() => posted.length > 0);
    await postedAll();
    expect(posted).toEqual([["region:tatarstan"]]);
  });

  it("reconnects after its connection is killed, expires the collections once, and hears notices again", async () => {
    posted.length = 0;
    await spy.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'airr-cache-listener' AND datname = current_database()");
    expect(await until(() => posted.length > 0)).toBe(true);
    expect(posted[0]).toEqual(expect.arrayContaining(["articles", "regions", "pages", "redirects", "media"]));
    expect(posted[0]!.some((t) => t.includes(":"))).toBe(false);
    posted.length = 0;
    await send("another-server", ["article:after-reconnect"]);
    await until(() => posted.length > 0);
    await postedAll();
    expect(posted).toEqual([["article:after-reconnect"]]);
  });
});
