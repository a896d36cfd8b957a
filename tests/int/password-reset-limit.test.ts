import { randomBytes } from "node:crypto";
import { createFormatter } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "../support/test-db";

// The reset-password server action, called as a signed-in administrator.
type User = { id: string; name: string; email: string; role: "admin" | "editor" | "author"; sessionId: string };
const session = vi.hoisted(() => ({ current: null as null | User }));
vi.mock("@/lib/auth/session", async () => (await import("../support/mock-session")).sessionModule(() => session.current));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", () => ({ getFormatter: async () => createFormatter({ locale: "ru", timeZone: "Europe/Moscow" }) }));

const db = withTestDatabase(async () => ({
  actions: await import("../../lib/actions/users"),
  throttle: await import("../../lib/users/reset-throttle"),
}));

const PASSWORD = "a long enough new password";
const refused = { error: "users.tooManyResets", errorValues: { minutes: 15 } };
async function person(name: string, role: User["role"] = "author"): Promise<User> {
  const row = await db.prisma.user.create({ data: { name, email: `${randomBytes(4).toString("hex")}@example.org`, role } });
  await db.prisma.session.create({ data: { userId: row.id, token: randomBytes(16).toString("hex"), expiresAt: new Date(Date.now() + 3_600_000) } });
  return { id: row.id, name, email: row.email, role, sessionId: `session-${row.id}` };
}
const reset = (as: User, target: User) => {
  session.current = as;
  const form = new FormData();
  for (const [k, v] of Object.entries({ id: target.id, password: PASSWORD, passwordConfirm: PASSWORD })) form.set(k, v);
  return db.lib.actions.resetUserPasswordAction({}, form);
};
const snapshot = async () =>
  JSON.stringify([
    await db.prisma.account.findMany({ orderBy: { id: "asc" } }),
    await db.prisma.session.findMany({ orderBy: { id: "asc" } }),
    await db.prisma.auditLog.count(),
  ]);

describe("password reset limits", () => {
  it("refuses a sixth reset of one account within 15 minutes, by any administrator, and writes nothing", async () => {
    const [chief, deputy, target, other] = [await person("Chief", "admin"), await person("Deputy", "admin"), await person("Target"), await person("Other")];
    for (let i = 0; i < db.lib.throttle.RESET_MAX; i++) expect(await reset(chief, target), `reset ${i + 1}`).toMatchObject({ ok: true });
    const before = await snapshot();
    expect(await reset(deputy, target)).toEqual(refused);
    expect(await snapshot()).toBe(before);
    // Other accounts are not held back by it.
    expect(await reset(deputy, other)).toMatchObject({ ok: true });
    expect(await db.prisma.session.count({ where: { userId: other.id } })).toBe(0);
  });

  it("refuses a sixth reset by one administrator within 15 minutes; another administrator goes on", async () => {
    const [busy, calm] = [await person("Busy", "admin"), await person("Calm", "admin")];
    const targets = await Promise.all(Array.from({ length: db.lib.throttle.RESET_MAX + 1 }, (_, i) => person(`Target ${i}`)));
    for (const target of targets.slice(0, db.lib.throttle.RESET_MAX)) expect(await reset(busy, target)).toMatchObject({ ok: true });
    const last = targets[db.lib.throttle.RESET_MAX]!;
    const before = await snapshot();
    expect(await reset(busy, last)).toEqual(refused);
    expect(await snapshot()).toBe(before);
    expect(await db.prisma.session.count({ where: { userId: last.id } })).toBe(1);
    expect(await reset(calm, last)).toMatchObject({ ok: true });
  });

  it("lets resets go again once the oldest has left the 15-minute window", async () => {
    const [admin, target] = [await person("Clock", "admin"), await person("Clocked")];
    for (let i = 0; i < db.lib.throttle.RESET_MAX; i++) await reset(admin, target);
    const until = await db.lib.throttle.passwordResetBlockedUntil(admin.id, target.id);
    expect(until!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await db.lib.throttle.passwordResetBlockedUntil(admin.id, target.id, new Date(until!.getTime() + 1))).toBeNull();
  });
});
