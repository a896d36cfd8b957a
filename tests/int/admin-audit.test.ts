import { beforeAll, describe, expect, it } from "vitest";
import { parseAuditQuery } from "../../lib/zod/audit";
import { parseUserListQuery } from "../../lib/zod/users";
import { withTestDatabase } from "../support/test-db";

const db = withTestDatabase(async () => ({
  audit: await import("../../lib/audit/admin-queries"),
  users: await import("../../lib/users/admin-queries"),
}));

let ada: { id: string };

const q = (params: Record<string, string>) => db.lib.audit.listAuditEntries(parseAuditQuery(params));

beforeAll(async () => {
  ada = await db.prisma.user.create({ data: { name: "Ada Editor", email: "ada@example.org", role: "editor" } });
  await db.prisma.user.create({ data: { name: "Boris Author", email: "boris@example.org", role: "author", active: false } });
  await db.prisma.user.create({ data: { name: "Zoe Admin", email: "zoe@agency.org", role: "admin" } });
  // 2025-03-01 23:30 UTC is already 2 March in Moscow.
  await db.prisma.auditLog.createMany({
    data: [
      {
        actorId: ada.id,
        action: "article.save",
        entityType: "article",
        entityId: "a1",
        locale: "ru",
        createdAt: new Date("2025-03-01T20:00:00Z"),
        ipAddress: "10.0.0.1",
      },
      { actorId: null, action: "article.scheduled_publish", entityType: "article", entityId: "a1", locale: "en", createdAt: new Date("2025-03-01T23:30:00Z") },
      { actorId: ada.id, action: "user.sign_in", entityType: "user", entityId: ada.id, createdAt: new Date("2025-03-03T09:00:00Z") },
    ],
  });
});

describe("audit log", () => {
  it("lists newest first with the actor's name, or none for the scheduler", async () => {
    const { items, total } = await q({});
    expect(total).toBe(3);
    expect(items.map((i) => i.action)).toEqual(["user.sign_in", "article.scheduled_publish", "article.save"]);
    expect(items[0]).toMatchObject({ actorName: "Ada Editor", entityType: "user" });
    expect(items[1]).toMatchObject({ actorId: null, actorName: null, locale: "en" });
  });

  it("filters by actor, scheduler, entity type, action and locale", async () => {
    expect((await q({ actor: "scheduler" })).items.map((i) => i.action)).toEqual(["article.scheduled_publish"]);
    expect((await q({ actor: ada.id })).total).toBe(2);
    expect((await q({ entityType: "user" })).items.map((i) => i.action)).toEqual(["user.sign_in"]);
    expect((await q({ action: "article.save" })).items.map((i) => i.ipAddress)).toEqual(["10.0.0.1"]);
    expect((await q({ locale: "ru", entityType: "article" })).total).toBe(1);
  });

  it("reads the date range as whole days in Moscow", async () => {
    expect((await q({ from: "2025-03-02", to: "2025-03-02" })).items.map((i) => i.action)).toEqual(["article.scheduled_publish"]);
    expect((await q({ to: "2025-03-01" })).items.map((i) => i.action)).toEqual(["article.save"]);
    expect((await q({ from: "2025-03-03" })).total).toBe(1);
  });

  it("ignores bad filter values instead of failing", async () => {
    const query = parseAuditQuery({
      entityType: "bogus",
      from: "2025-02-31",
      to: "yesterday",
      locale: "de",
      actor: "x'; drop",
      page: "-3",
      action: "Robert'); --",
    });
    expect(query).toEqual({ page: 1 });
    expect(parseAuditQuery({ page: ["2", "5"], locale: "en" })).toEqual({ page: 2, locale: "en" });
    // A page past the end shows the last page.
    expect((await q({ page: "99" })).page).toBe(1);
  });
});

describe("user list", () => {
  const list = (params: Record<string, string>) => db.lib.users.listUsers(parseUserListQuery(params));

  it("searches names and e-mails without regard to case", async () => {
    expect((await list({ q: "ADA" })).items.map((u) => u.name)).toEqual(["Ada Editor"]);
    expect((await list({ q: "agency" })).items.map((u) => u.name)).toEqual(["Zoe Admin"]);
  });

  it("filters by role and status, and ignores bad values", async () => {
    expect((await list({ status: "inactive" })).items.map((u) => u.name)).toEqual(["Boris Author"]);
    expect((await list({ role: "admin", status: "active" })).items.map((u) => u.name)).toEqual(["Zoe Admin"]);
    expect((await list({ role: "root", status: "maybe", page: "abc" })).total).toBe(3);
  });

  it("never exposes credentials to the edit page", async () => {
    await db.prisma.account.create({ data: { providerId: "credential", accountId: ada.id, userId: ada.id, password: "hash-value" } });
    const user = await db.lib.users.getUserForEdit(ada.id);
    expect(user).toMatchObject({ name: "Ada Editor", hasPassword: true, sessionCount: 0 });
    expect(JSON.stringify(user)).not.toContain("hash-value");
    expect(await db.lib.users.getUserForEdit("missing")).toBeNull();
  });
});

describe("audit records by name", () => {
  it("names each record in the back office's language, and a deleted one by nothing", async () => {
    const person = await db.prisma.person.create({
      data: {
        translations: {
          create: [
            { locale: "ru", name: "Пётр Журналов" },
            { locale: "en", name: "Pyotr Zhurnalov" },
          ],
        },
      },
    });
    await db.prisma.auditLog.create({ data: { actorId: ada.id, action: "person.create", entityType: "person", entityId: person.id } });
    const byName = async (locale: "ru" | "en") => (await db.lib.audit.listAuditEntries(parseAuditQuery({}), locale)).items.map((i) => [i.action, i.title]);
    expect(await byName("ru")).toEqual([
      ["person.create", "Пётр Журналов"],
      ["user.sign_in", "Ada Editor"],
      ["article.scheduled_publish", null],
      ["article.save", null],
    ]);
    expect((await byName("en"))[0]).toEqual(["person.create", "Pyotr Zhurnalov"]);
  });
});
