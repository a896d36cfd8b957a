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

const claim = (email: string, ip: string, now?: Date) => throttle.claimSignInAttempt(email, ip, now);
const fail = async (email: string, ip: string, now?: Date) => {
  const c = await claim(email, ip, now);
  expect("attemptId" in c).toBe(true);
};
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe("sign-in throttling", () => {
  it("blocks one account from one address after five failures, for fifteen minutes", async () => {
    for (let i = 0; i < 5; i++) await fail("pair@example.org", "198.51.100.1");
    const refused = await claim("pair@example.org", "198.51.100.1");
    expect("blockedUntil" in refused && refused.blockedUntil.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect("attemptId" in (await claim("pair@example.org", "198.51.100.1", minutes(16)))).toBe(true);
  });

  it("only slows the account down elsewhere, and never an address that signed in before", async () => {
    const known = await claim("admin@example.org", "192.0.2.10");
    await throttle.recordSignInSuccess((known as { attemptId: string }).attemptId);
    // A guesser fails from eight addresses: the account is not locked, each further attempt
    // from a new address waits 2^(n-5) s after the last failure, at most a minute.
    const start = Date.now();
    const at = (i: number) => new Date(start + i * 70_000);
    for (let i = 0; i < 8; i++) await fail("admin@example.org", `203.0.113.${i}`, at(i));
    const last = at(7).getTime();
    const slowed = await claim("admin@example.org", "203.0.113.99", new Date(last + 1_000));
    expect("blockedUntil" in slowed && slowed.blockedUntil.getTime()).toBe(last + 8_000);
    expect("attemptId" in (await claim("admin@example.org", "203.0.113.99", new Date(last + 8_100)))).toBe(true);
    // The administrator's own address is not slowed at all.
    expect("attemptId" in (await claim("admin@example.org", "192.0.2.10", new Date(last + 8_200)))).toBe(true);
  });

  it("blocks an address spraying many accounts after thirty failures, not one colleague's typos", async () => {
    for (let i = 0; i < 29; i++) await fail(`spray${i}@example.org`, "203.0.113.50");
    expect("attemptId" in (await claim("colleague@example.org", "203.0.113.50"))).toBe(true);
    expect("blockedUntil" in (await claim("another@example.org", "203.0.113.50"))).toBe(true);
    expect("attemptId" in (await claim("another@example.org", "203.0.113.51"))).toBe(true);
  });

  it("counts simultaneous attempts one after another: five of thirty get through", async () => {
    const claims = await Promise.all(Array.from({ length: 30 }, () => claim("race@example.org", "198.51.100.30")));
    expect(claims.filter((c) => "attemptId" in c)).toHaveLength(5);
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
