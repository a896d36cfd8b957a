import { randomBytes } from "node:crypto";
import { createFormatter } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "../support/test-db";

// The request context of a server action: who is signed in, and the back office's formatter.
const session = vi.hoisted(() => ({
  current: null as null | { id: string; name: string; email: string; role: "admin" | "editor" | "author"; sessionId: string },
}));
vi.mock("@/lib/auth/session", async () => (await import("../support/mock-session")).sessionModule(() => session.current));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next-intl/server", () => ({ getFormatter: async () => createFormatter({ locale: "ru", timeZone: "Europe/Moscow" }) }));

const db = withTestDatabase(async () => ({
  actions: await import("../../lib/actions/users"),
  m: await import("../../lib/users/mutations"),
}));

let chief: { id: string; name: string };
let deputy: { id: string; name: string };

const PASSWORD = "first correct horse battery";
const person = (name: string, role: "admin" | "editor" | "author" = "author") =>
  db.prisma.user.create({ data: { name, email: `${randomBytes(4).toString("hex")}@example.org`, role } });
const stamp = async (id: string) => (await db.prisma.user.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
};

beforeAll(async () => {
  chief = await person("Chief Admin", "admin");
  deputy = await person("Deputy Admin", "admin");
});

describe("user actions", () => {
  it("refuse anonymous visitors and authors without touching the database", async () => {
    const target = await person("Target Author");
    await db.prisma.session.create({ data: { userId: target.id, token: randomBytes(16).toString("hex"), expiresAt: new Date(Date.now() + 3_600_000) } });
    const form = formOf({
      id: target.id,
      name: "Hijacked",
      email: "x@example.org",
      role: "admin",
      active: "false",
      updatedAt: await stamp(target.id),
      password: PASSWORD,
      passwordConfirm: PASSWORD,
    });
    const snapshot = async () =>
      JSON.stringify([
        await db.prisma.user.findMany({ orderBy: { id: "asc" } }),
        await db.prisma.account.findMany(),
        await db.prisma.session.count(),
        await db.prisma.auditLog.count(),
      ]);
    const before = await snapshot();
    const exported = Object.entries(db.lib.actions).filter(([, fn]) => typeof fn === "function") as [string, (p: object, f: FormData) => Promise<object>][];
    expect(exported.map(([name]) => name).sort()).toEqual(["createUserAction", "resetUserPasswordAction", "setUserActiveAction", "updateUserAction"]);
    for (const [who, expected] of [
      [null, "auth.signedOut"],
      ["author", "auth.forbidden"],
      ["editor", "auth.forbidden"],
    ] as const) {
      session.current = who && { id: target.id, name: "Target", email: "t@example.org", role: who, sessionId: "s" };
      for (const [name, action] of exported) expect(await action({}, form), `${name} as ${who}`).toEqual({ error: expected });
    }
    expect(await snapshot()).toBe(before);
  });

  it("return field errors for bad input and record the address of a change", async () => {
    session.current = { ...chief, email: "c@example.org", role: "admin", sessionId: "s" };
    const bad = await db.lib.actions.createUserAction({}, formOf({ name: "", email: "nope", role: "author", password: "short", passwordConfirm: "other" }));
    expect(bad.fieldErrors).toMatchObject({
      name: ["required"],
      email: ["email"],
      password: ["users.passwordTooShort"],
      passwordConfirm: ["users.passwordMismatch"],
    });
    const target = await person("Lena Author");
    expect(await db.lib.actions.setUserActiveAction({}, formOf({ id: target.id, active: "false" }))).toMatchObject({ ok: true, data: { active: false } });
    expect(await db.prisma.auditLog.findFirst({ where: { entityId: target.id, action: "user.deactivate" } })).toMatchObject({
      actorId: chief.id,
      ipAddress: "203.0.113.7",
    });
    expect(await db.lib.actions.setUserActiveAction({}, formOf({ id: chief.id, active: "false" }))).toEqual({ error: "users.selfDeactivate" });
  });

  it("turn a stale save into a message naming the colleague and the Moscow time", async () => {
    const author = await person("Pavel Author");
    const startedFrom = await stamp(author.id);
    expect((await db.lib.m.updateUser(deputy, { id: author.id, name: "Pavel A.", role: "author", updatedAt: startedFrom })).ok).toBe(true);
    session.current = { ...chief, email: "c@example.org", role: "admin", sessionId: "s" };
    const state = await db.lib.actions.updateUserAction({}, formOf({ id: author.id, name: "Pavel B.", role: "author", updatedAt: startedFrom }));
    expect(state).toMatchObject({ error: "conflict", errorValues: { name: deputy.name } });
    expect(String(state.errorValues?.time)).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
  });
});
