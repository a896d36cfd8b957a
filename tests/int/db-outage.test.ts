import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "../../server/net";
import { createTestDatabase } from "../support/test-db";

// lib modules against a database that goes away: a query's error must be recognised as
// an outage and recorded for the HTTP server, and a server action must answer with a
// form error instead of throwing, both when the session check and when its own work fails.
const SECRET = "outage-test-secret-0123456789abcdefghij";
const request = { cookie: "" };
vi.mock("next/headers", () => ({
  headers: async () => new Headers(request.cookie ? { cookie: request.cookie } : {}),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));

// The session cookie as Better Auth signs it: token, a dot, the HMAC-SHA256 in base64.
const signedCookie = (token: string) => `airr_session=${encodeURIComponent(`${token}.${crypto.createHmac("sha256", SECRET).update(token).digest("base64")}`)}`;

async function libAgainst(url: string) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", url);
  vi.stubEnv("BETTER_AUTH_SECRET", SECRET);
  (globalThis as { prisma?: unknown }).prisma = undefined;
  const [{ db }, availability, guard, auth] = await Promise.all([
    import("../../lib/db"),
    import("../../lib/db-availability"),
    import("../../lib/actions/guard"),
    import("../../lib/actions/auth"),
  ]);
  return { db, ...availability, ...guard, signIn: auth.signIn };
}

let test: Awaited<ReturnType<typeof createTestDatabase>>;
let admin: pg.Client;
const token = `outage-${crypto.randomBytes(6).toString("hex")}`;

beforeAll(async () => {
  test = await createTestDatabase();
  admin = new pg.Client({ connectionString: test.url });
  await admin.connect();
  await admin.query(`INSERT INTO "user" (id, name, email, role, "updatedAt") VALUES ('u-outage', 'Editor', 'editor@example.org', 'editor', now())`);
  await admin.query(
    `INSERT INTO "session" (id, token, "userId", "expiresAt", "updatedAt") VALUES ('s-outage', $1, 'u-outage', now() + interval '1 hour', now())`,
    [token],
  );
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await admin.end();
  await test.drop();
});

// Ends every connection of the test database but the admin's own, as a server restart would.
const cutConnections = () =>
  admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);

describe("a database whose connections are cut", () => {
  it("turns the failure of an action's work into the form error, then recovers", async () => {
    const lib = await libAgainst(test.url);
    request.cookie = signedCookie(token);
    expect(await lib.withUser("content.write", async () => ({ ok: true }))).toEqual({ ok: true });
    const since = Date.now();
    let started = false;
    const state = lib.withUser("content.write", async () => {
      started = true;
      await lib.db.$queryRaw`SELECT pg_sleep(10)`;
      return { ok: true };
    });
    await vi.waitFor(async () => {
      const { rows } = await admin.query(`SELECT 1 FROM pg_stat_activity WHERE query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()`);
      expect(rows.length).toBe(1);
    });
    await cutConnections();
    expect(await state).toEqual({ error: "databaseUnavailable" });
    expect(started).toBe(true);
    expect(lib.lastDatabaseFailureAt()).toBeGreaterThanOrEqual(since);
    // Idle connections were cut too; the pool replaces them without a restart.
    expect(await lib.withUser("content.write", async () => ({ ok: (await lib.db.region.count()) >= 0 }))).toEqual({ ok: true });
  });
});

describe("nothing listening at the database address", () => {
  it("fails fast, is classified as an outage and recorded, for model and raw queries", async () => {
    const lib = await libAgainst(`postgresql://u:p@127.0.0.1:${await freePort()}/none`);
    for (const query of [() => lib.db.region.findMany(), () => lib.db.$queryRaw`SELECT 1`]) {
      const since = Date.now();
      const error = await query().then(
        () => null,
        (e: unknown) => e,
      );
      expect(lib.isDatabaseUnavailableError(error)).toBe(true);
      // Far below a connection attempt's own time-out, with room for a busy machine.
      expect(Date.now() - since).toBeLessThan(10_000);
      expect(lib.lastDatabaseFailureAt()).toBeGreaterThanOrEqual(since);
    }
  });

  it("answers a signed-in editor's action with the form error, without running it", async () => {
    const lib = await libAgainst(`postgresql://u:p@127.0.0.1:${await freePort()}/none`);
    request.cookie = signedCookie(token);
    let ran = false;
    expect(await lib.withUser("content.write", async () => ((ran = true), { ok: true }))).toEqual({ error: "databaseUnavailable" });
    expect(ran).toBe(false);
  });

  it("answers a sign-in with its own form error and keeps the e-mail", async () => {
    const lib = await libAgainst(`postgresql://u:p@127.0.0.1:${await freePort()}/none`);
    request.cookie = "";
    const form = new FormData();
    form.set("email", "editor@example.org");
    form.set("password", "a-long-enough-password");
    expect(await lib.signIn({}, form)).toEqual({ error: "auth.databaseUnavailable", data: { email: "editor@example.org" } });
  });

  it("still throws errors that are not an outage", async () => {
    const lib = await libAgainst(`postgresql://u:p@127.0.0.1:${await freePort()}/none`);
    request.cookie = "";
    await expect(lib.withDatabase(async () => Promise.reject(new Error("a bug")))).rejects.toThrow("a bug");
  });
});
