import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/test-db";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let throttle: typeof import("@/lib/auth/throttle");
let session: typeof import("@/lib/auth/session");

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  throttle = await import("@/lib/auth/throttle");
  session = await import("@/lib/auth/session");
});
afterAll(() => db.drop());

describe("sign-in throttling", () => {
  it("refuses after five failures for one account, whatever the address", async () => {
    for (let i = 0; i < 4; i++) await throttle.recordSignInAttempt("victim@example.org", `198.51.100.${i}`, false);
    expect(await throttle.signInBlockedUntil("victim@example.org", "198.51.100.99")).toBeNull();
    await throttle.recordSignInAttempt("victim@example.org", "198.51.100.4", false);
    const until = await throttle.signInBlockedUntil("victim@example.org", "198.51.100.99");
    expect(until!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await throttle.signInBlockedUntil("someone-else@example.org", "198.51.100.99")).toBeNull();
  });

  it("refuses after five failures from one address, whatever the account", async () => {
    for (let i = 0; i < 5; i++) await throttle.recordSignInAttempt(`spray${i}@example.org`, "203.0.113.50", false);
    expect(await throttle.signInBlockedUntil("fresh@example.org", "203.0.113.50")).not.toBeNull();
    expect(await throttle.signInBlockedUntil("fresh@example.org", "203.0.113.51")).toBeNull();
  });

  it("forgets failures older than fifteen minutes, and successes never count", async () => {
    for (let i = 0; i < 5; i++) await throttle.recordSignInAttempt("ok@example.org", "192.0.2.10", true);
    expect(await throttle.signInBlockedUntil("ok@example.org", "192.0.2.10")).toBeNull();
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await throttle.signInBlockedUntil("victim@example.org", "198.51.100.99", later)).toBeNull();
  });
});

describe("session lifetime", () => {
  it("ends an idle or deactivated session and keeps a recent one", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(session.sessionEnded({ active: true, lastSeen: new Date("2026-11-23T11:00:00Z") }, now)).toBe(false);
    expect(session.sessionEnded({ active: true, lastSeen: new Date("2026-11-23T09:59:00Z") }, now)).toBe(true);
    expect(session.sessionEnded({ active: false, lastSeen: now }, now)).toBe(true);
  });
});
