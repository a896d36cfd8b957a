import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrisma } from "../../scripts/lib/prisma";
import { ensureAdmin } from "../../scripts/seed/admin";
import { createTestDatabase } from "../support/test-db";

// The outside test's attack: thirty sign-ins at once from one address, twenty-nine wrong
// passwords and the right one last. Before, all passed the limit and the last got a session.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.77", "user-agent": "race" }),
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

describe("simultaneous sign-in guesses", () => {
  it("are counted one after another: the right password as the thirtieth gets no session", async () => {
    const { signIn } = await import("@/lib/actions/auth");
    const form = (password: string) => {
      const f = new FormData();
      f.set("email", EMAIL);
      f.set("password", password);
      return f;
    };
    const attempt = (p: string) => signIn({}, form(p)).catch((e: { to?: string }) => ({ redirectedTo: e.to }));
    const guesses = Array.from({ length: 29 }, (_, i) => attempt(`wrong guess ${i}`));
    // The right one a moment later, while the guesses are still in flight.
    await new Promise((r) => setTimeout(r, 20));
    const answers = await Promise.all([...guesses, attempt(PASSWORD)]);
    const errors = answers.map((a) => ("error" in a ? a.error : "redirectedTo" in a ? `redirect ${a.redirectedTo}` : "?"));
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
