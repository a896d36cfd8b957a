import { randomBytes } from "node:crypto";
import { verifyPassword } from "better-auth/crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { userCreateSchema, userPasswordSchema } from "../../lib/zod/users";
import { withTestDatabase } from "../support/test-db";

const db = withTestDatabase(() => import("../../lib/users/mutations"));

let chief: { id: string; name: string };
let deputy: { id: string; name: string };

const PASSWORD = "first correct horse battery";
const person = (name: string, role: "admin" | "editor" | "author" = "author") =>
  db.prisma.user.create({ data: { name, email: `${name.toLowerCase().replace(/\W+/g, ".")}.${randomBytes(3).toString("hex")}@example.org`, role } });
const openSession = (userId: string) =>
  db.prisma.session.create({ data: { userId, token: randomBytes(16).toString("hex"), expiresAt: new Date(Date.now() + 3_600_000) } });
const auditOf = (entityId: string, action: string) => db.prisma.auditLog.findMany({ where: { entityType: "user", entityId, action } });
// Through the same schema as the form, as the action does.
const newUser = (email: string, role: "admin" | "editor" | "author" = "author") =>
  db.lib.createUser(chief, userCreateSchema.parse({ name: " New Person ", email, role, password: PASSWORD, passwordConfirm: PASSWORD }));

// Every test starts with exactly two active administrators, so last-admin rules are predictable.
beforeEach(async () => {
  await db.prisma.user.updateMany({ where: { role: "admin" }, data: { role: "editor" } });
  chief = await person("Chief Admin", "admin");
  deputy = await person("Deputy Admin", "admin");
});

describe("creating a user", () => {
  it("asks for a password of at least 12 characters, typed twice alike", () => {
    const issues = (input: object) =>
      userCreateSchema.safeParse({ name: "A", email: "a@example.org", role: "author", ...input }).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(issues({ password: "short", passwordConfirm: "short" })).toEqual(["password:users.passwordTooShort"]);
    expect(issues({ password: PASSWORD, passwordConfirm: `${PASSWORD}!` })).toEqual(["passwordConfirm:users.passwordMismatch"]);
    expect(issues({ password: PASSWORD, passwordConfirm: PASSWORD, role: "root" })).toEqual(["role:invalid"]);
    expect(userPasswordSchema.safeParse({ id: "x", password: "x".repeat(129), passwordConfirm: "x".repeat(129) }).success).toBe(false);
  });

  it("stores the e-mail lower-case and the password only as a verifiable hash", async () => {
    const result = await newUser("  Vera.Novak@Example.ORG ", "editor");
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const id = (result as { id: string }).id;
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id }, include: { accounts: true } });
    expect(user).toMatchObject({ name: "New Person", email: "vera.novak@example.org", role: "editor", active: true });
    const hash = user.accounts.find((a) => a.providerId === "credential" && a.accountId === id)!.password!;
    expect(await verifyPassword({ hash, password: PASSWORD })).toBe(true);
    expect(await verifyPassword({ hash, password: "some other password" })).toBe(false);
    // Neither the password nor its hash is returned, logged or stored anywhere else.
    const [entry] = await auditOf(id, "user.create");
    expect(entry).toMatchObject({ actorId: chief.id, details: { email: "vera.novak@example.org", role: "editor" } });
    const everywhere = JSON.stringify([result, user, await db.prisma.auditLog.findMany(), await db.prisma.revision.findMany()]);
    expect(everywhere.split(hash).length).toBe(2); // only in the account row itself
    expect(everywhere).not.toContain(PASSWORD);
  });

  it("refuses an e-mail that exists in any letter case", async () => {
    expect((await newUser("dup@example.org")).ok).toBe(true);
    expect(await newUser("DUP@Example.org")).toEqual({ ok: false, fieldErrors: { email: ["users.emailTaken"] } });
    // A row written before addresses were lower-cased counts too.
    await db.prisma.user.create({ data: { name: "Legacy", email: "Legacy@Example.org" } });
    expect((await newUser("legacy@example.org")).ok).toBe(false);
    expect(await db.prisma.user.count({ where: { email: { in: ["dup@example.org", "legacy@example.org"] } } })).toBe(1);
  });

  it("lets only one of two simultaneous creations of the same address succeed", async () => {
    const results = await Promise.all([newUser("race@example.org"), newUser("race@example.org")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, fieldErrors: { email: ["users.emailTaken"] } });
    expect(await db.prisma.user.count({ where: { email: "race@example.org" } })).toBe(1);
  });
});

describe("deactivation", () => {
  it("ends all of the user's sessions at once and leaves other users' alone", async () => {
    const author = await person("Anna Author");
    await openSession(author.id);
    await openSession(author.id);
    const other = await openSession(deputy.id);
    const result = await db.lib.setUserActive(chief, author.id, false);
    expect(result.ok).toBe(true);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ active: false });
    expect(await db.prisma.session.count({ where: { userId: author.id } })).toBe(0);
    expect(await db.prisma.session.findUnique({ where: { id: other.id } })).not.toBeNull();
    expect((await auditOf(author.id, "user.deactivate"))[0]).toMatchObject({ actorId: chief.id, details: { sessionsEnded: 2 } });
    expect((await db.lib.setUserActive(chief, author.id, true)).ok).toBe(true);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ active: true });
    expect(await auditOf(author.id, "user.activate")).toHaveLength(1);
  });

  it("refuses to deactivate oneself", async () => {
    await openSession(chief.id);
    expect(await db.lib.setUserActive(chief, chief.id, false)).toMatchObject({ ok: false, error: "users.selfDeactivate" });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: chief.id } })).toMatchObject({ active: true });
    expect(await db.prisma.session.count({ where: { userId: chief.id } })).toBe(1);
  });
});

describe("the last active administrator", () => {
  it("can be neither deactivated nor demoted, while a second administrator can", async () => {
    expect((await db.lib.updateUser(chief, { id: deputy.id, name: deputy.name, role: "editor", updatedAt: await stamp(deputy.id) })).ok).toBe(true);
    // Only an administrator acts here, so the rule is reached through someone else's hands.
    const editor = await person("Eve Editor", "editor");
    expect(await db.lib.setUserActive(editor, chief.id, false)).toMatchObject({ ok: false, error: "users.lastAdminDeactivate" });
    expect(await db.lib.updateUser(editor, { id: chief.id, name: chief.name, role: "author", updatedAt: await stamp(chief.id) })).toMatchObject({
      ok: false,
      error: "users.lastAdminDemote",
    });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: chief.id } })).toMatchObject({ role: "admin", active: true });
  });

  it("refuses an administrator's own demotion", async () => {
    expect(await db.lib.updateUser(chief, { id: chief.id, name: chief.name, role: "editor", updatedAt: await stamp(chief.id) })).toMatchObject({
      ok: false,
      error: "users.selfDemote",
    });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: chief.id } })).toMatchObject({ role: "admin" });
  });

  it("survives two administrators deactivating each other at the same moment", async () => {
    const results = await Promise.all([db.lib.setUserActive(chief, deputy.id, false), db.lib.setUserActive(deputy, chief.id, false)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: "users.lastAdminDeactivate" });
    expect(await db.prisma.user.count({ where: { role: "admin", active: true } })).toBe(1);
  });
});

const stamp = async (id: string) => (await db.prisma.user.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();

describe("resetting a password", () => {
  it("replaces the hash and ends the user's sessions", async () => {
    const created = await newUser("reset@example.org");
    const id = (created as { id: string }).id;
    const before = (await db.prisma.account.findFirstOrThrow({ where: { userId: id } })).password!;
    await openSession(id);
    const next = "second correct horse battery";
    expect((await db.lib.resetUserPassword(chief, { id, password: next, passwordConfirm: next })).ok).toBe(true);
    const after = (await db.prisma.account.findFirstOrThrow({ where: { userId: id } })).password!;
    expect(after).not.toBe(before);
    expect(await verifyPassword({ hash: after, password: next })).toBe(true);
    expect(await verifyPassword({ hash: after, password: PASSWORD })).toBe(false);
    expect(await db.prisma.session.count({ where: { userId: id } })).toBe(0);
    const [entry] = await auditOf(id, "user.reset_password");
    expect(entry).toMatchObject({ actorId: chief.id, details: { sessionsEnded: 1 } });
    expect(JSON.stringify(entry)).not.toContain(after);
  });

  it("keeps the administrator's current session when they reset their own", async () => {
    const current = await openSession(chief.id);
    await openSession(chief.id);
    const next = "my own new long passphrase";
    expect((await db.lib.resetUserPassword({ ...chief, sessionId: current.id }, { id: chief.id, password: next, passwordConfirm: next })).ok).toBe(true);
    expect((await db.prisma.session.findMany({ where: { userId: chief.id } })).map((s) => s.id)).toEqual([current.id]);
  });
});

describe("editing a user", () => {
  it("refuses a stale save and names the colleague who saved in between", async () => {
    const author = await person("Olga Author");
    const startedFrom = await stamp(author.id);
    const first = await db.lib.updateUser(deputy, { id: author.id, name: "Olga Petrova", role: "editor", updatedAt: startedFrom });
    expect(first.ok).toBe(true);
    const stale = await db.lib.updateUser(chief, { id: author.id, name: "Olga P.", role: "author", updatedAt: startedFrom });
    expect(stale).toMatchObject({ ok: false, error: "conflict", errorValues: { name: deputy.name } });
    expect(Date.parse(stale.ok ? "" : String(stale.errorValues?.time))).not.toBeNaN();
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ name: "Olga Petrova", role: "editor" });
    // The state returned by a save is the one the next save starts from.
    const again = await db.lib.updateUser(chief, { id: author.id, name: "Olga P.", role: "author", updatedAt: String(first.data?.updatedAt) });
    expect(again.ok).toBe(true);
    expect(await auditOf(author.id, "user.update")).toHaveLength(2);
  });
});

describe("audit entries share the change's transaction", () => {
  // An actor id that is no user makes the audit insert fail on its foreign key.
  const ghost = { id: "no-such-actor" };

  it("rolls back a creation whose audit entry fails", async () => {
    await expect(
      db.lib.createUser(ghost, { name: "Ghosted", email: "ghosted@example.org", role: "author", password: PASSWORD, passwordConfirm: PASSWORD }),
    ).rejects.toThrow();
    expect(await db.prisma.user.count({ where: { email: "ghosted@example.org" } })).toBe(0);
    expect(await db.prisma.account.count({ where: { user: { email: "ghosted@example.org" } } })).toBe(0);
  });

  it("rolls back a deactivation, its session removal and an edit whose audit entry fails", async () => {
    const author = await person("Ivan Author");
    await openSession(author.id);
    await expect(db.lib.setUserActive(ghost, author.id, false)).rejects.toThrow();
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ active: true });
    expect(await db.prisma.session.count({ where: { userId: author.id } })).toBe(1);
    await expect(db.lib.updateUser(ghost, { id: author.id, name: "Renamed", role: "author", updatedAt: await stamp(author.id) })).rejects.toThrow();
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ name: "Ivan Author" });
    expect(await db.prisma.auditLog.count({ where: { entityId: author.id } })).toBe(0);
  });
});
