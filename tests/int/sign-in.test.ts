import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrisma } from "../../scripts/lib/prisma";
import { ensureAdmin } from "../../scripts/seed/admin";
import { createTestDatabase } from "../support/test-db";

// The sign-in action against a real database: the outside test's attacks on it, and who may
// sign in at all. X-Forwarded-For is what the server hands on: the client's header, if any,
// with the socket's peer appended (server/http/handler.ts).
const request = vi.hoisted(() => ({ forwardedFor: "198.51.100.77", cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": request.forwardedFor, "user-agent": "test", cookie: request.cookie }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));
vi.mock("next/navigation", async (original) => ({
  ...(await original<object>()),
  redirect: (to: string) => {
    throw Object.assign(new Error("redirect"), { to });
  },
}));

const EMAIL = "target@example.org";
const PASSWORD = "the right password, finally";
let db: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  const prisma = createPrisma(db.url);
  await ensureAdmin(prisma, { ADMIN_EMAIL: EMAIL, ADMIN_PASSWORD: PASSWORD });
  await prisma.$disconnect();
}, 60_000);
afterAll(() => db.drop());

const form = (password: string, email = EMAIL) => {
  const f = new FormData();
  f.set("email", email);
  f.set("password", password);
  return f;
};
const attempt = async (password: string, email = EMAIL) => {
  const { signIn } = await import("@/lib/actions/auth");
  return signIn({}, form(password, email)).catch((e: { to?: string }) => ({ redirectedTo: e.to }));
};
const outcome = (a: Awaited<ReturnType<typeof attempt>>) => ("error" in a ? a.error : "redirectedTo" in a ? `redirect ${a.redirectedTo}` : "?");

describe("simultaneous sign-in guesses", () => {
  it("are counted one after another: the right password as the thirtieth gets no session", async () => {
    const guesses = Array.from({ length: 29 }, (_, i) => attempt(`wrong guess ${i}`));
    // The right one a moment later, while the guesses are still in flight.
    await new Promise((r) => setTimeout(r, 20));
    const answers = await Promise.all([...guesses, attempt(PASSWORD)]);
    const errors = answers.map(outcome);
    expect(errors.filter((e) => e === "auth.invalid")).toHaveLength(5);
    expect(errors.filter((e) => e === "auth.throttled")).toHaveLength(25);
    expect(errors.at(-1)).toBe("auth.throttled");
    const prisma = createPrisma(db.url);
    expect(await prisma.session.count()).toBe(0);
    await prisma.$disconnect();
  }, 60_000);

  it("refuses a megabyte-long e-mail as too long, without a server error", async () => {
    const { signIn } = await import("@/lib/actions/auth");
    const f = new FormData();
    f.set("email", `${"a".repeat(1_000_000)}@example.org`);
    f.set("password", "x");
    const answer = await signIn({}, f);
    expect(answer.fieldErrors?.email).toEqual(["tooLong"]);
  });
});

describe("who may sign in", () => {
  it("refuses a deactivated account its right password, as it refuses a wrong one", async () => {
    const prisma = createPrisma(db.url);
    await ensureAdmin(prisma, { ADMIN_EMAIL: "former@example.org", ADMIN_PASSWORD: PASSWORD });
    await prisma.user.update({ where: { email: "former@example.org" }, data: { active: false } });
    request.forwardedFor = "198.51.100.80";
    expect(outcome(await attempt(PASSWORD, "former@example.org"))).toBe("auth.invalid");
    expect(await prisma.session.count({ where: { user: { email: "former@example.org" } } })).toBe(0);
    await prisma.user.update({ where: { email: "former@example.org" }, data: { active: true } });
    expect(outcome(await attempt(PASSWORD, "former@example.org"))).toBe("redirect /admin");
    expect(await prisma.session.count({ where: { user: { email: "former@example.org" } } })).toBe(1);
    await prisma.$disconnect();
  });
});

describe("the address sign-in throttling counts", () => {
  // A throttled answer with its wait: 15 minutes for the address that failed five times on the
  // account; another address is only slowed down (a wait of seconds, shown as 1 minute).
  const guessFrom = async (forwardedFor: string, email: string) => {
    request.forwardedFor = forwardedFor;
    const answer = await attempt("wrong guess", email);
    return "errorValues" in answer && answer.errorValues ? `${outcome(answer)} ${answer.errorValues.minutes} min` : outcome(answer);
  };

  it("is the socket's peer without a proxy (TRUST_PROXY_HOPS=0): a forged header changes nothing", async () => {
    vi.stubEnv("TRUST_PROXY_HOPS", "0");
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await guessFrom(`203.0.113.${i}, 192.0.2.1`, "forged0@example.org"));
    expect(answers).toEqual([...Array(5).fill("auth.invalid"), "auth.throttled 15 min"]);
    // Another peer is another address.
    expect(await guessFrom("203.0.113.0, 192.0.2.2", "forged0@example.org")).toBe("auth.throttled 1 min");
    vi.unstubAllEnvs();
  });

  it("is the entry the proxy added behind one proxy (TRUST_PROXY_HOPS=1): only the last hop is trusted", async () => {
    vi.stubEnv("TRUST_PROXY_HOPS", "1");
    // The visitor forges an entry; nginx appends the visitor's real address; the server the proxy's.
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await guessFrom(`10.9.9.${i}, 198.51.100.60, 127.0.0.1`, "forged1@example.org"));
    expect(answers).toEqual([...Array(5).fill("auth.invalid"), "auth.throttled 15 min"]);
    expect(await guessFrom("198.51.100.60, 198.51.100.61, 127.0.0.1", "forged1@example.org")).toBe("auth.throttled 1 min");
    vi.unstubAllEnvs();
  });
});

describe("a session idle past its limit", () => {
  it("is deleted on its next request, and that request's action is refused", async () => {
    const prisma = createPrisma(db.url);
    await ensureAdmin(prisma, { ADMIN_EMAIL: "idle@example.org", ADMIN_PASSWORD: PASSWORD });
    const { auth } = await import("@/lib/auth/auth");
    const response = await auth.api.signInEmail({ body: { email: "idle@example.org", password: PASSWORD }, asResponse: true });
    request.cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const session = await prisma.session.findFirstOrThrow({ where: { user: { email: "idle@example.org" } } });
    const { listMediaForPicker } = await import("@/lib/actions/media");
    expect((await listMediaForPicker({})).ok).toBe(true);
    // Two hours and a minute without a request.
    await prisma.session.update({ where: { id: session.id }, data: { updatedAt: new Date(Date.now() - (2 * 60 + 1) * 60_000) } });
    expect(await listMediaForPicker({})).toEqual({ error: "auth.signedOut" });
    expect(await prisma.session.count({ where: { id: session.id } })).toBe(0);
    request.cookie = "";
    await prisma.$disconnect();
  });
});
