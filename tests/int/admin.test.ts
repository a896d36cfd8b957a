import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "../../scripts/lib/prisma";
import { ensureAdmin } from "../../scripts/seed/admin";
import { createTestDatabase } from "../support/test-db";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: ReturnType<typeof createPrisma>;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrisma(db.url);
});
afterAll(async () => {
  await prisma.$disconnect();
  await db.drop();
});

describe("administrator from ADMIN_EMAIL and ADMIN_PASSWORD", () => {
  it("creates an admin whose password is stored only as a verifiable hash", async () => {
    await ensureAdmin(prisma, { ADMIN_EMAIL: "Chief@Example.org", ADMIN_PASSWORD: "correct horse battery" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "chief@example.org" }, include: { accounts: true } });
    expect(user.role).toBe("admin");
    const hash = user.accounts[0]!.password!;
    expect(hash).not.toContain("correct horse");
    expect(await verifyPassword({ hash, password: "correct horse battery" })).toBe(true);
    expect(await verifyPassword({ hash, password: "wrong password!!" })).toBe(false);
  });

  it("updates the password on a later start instead of adding a second account", async () => {
    await ensureAdmin(prisma, { ADMIN_EMAIL: "chief@example.org", ADMIN_PASSWORD: "a brand new passphrase" });
    const accounts = await prisma.account.findMany({ where: { user: { email: "chief@example.org" } } });
    expect(accounts).toHaveLength(1);
    expect(await verifyPassword({ hash: accounts[0]!.password!, password: "a brand new passphrase" })).toBe(true);
  });

  it("refuses a short password and creates nothing", async () => {
    await expect(ensureAdmin(prisma, { ADMIN_EMAIL: "other@example.org", ADMIN_PASSWORD: "short" })).rejects.toThrow(
      /ADMIN_PASSWORD 12 to 128 characters long/,
    );
    expect(await prisma.user.count({ where: { email: "other@example.org" } })).toBe(0);
  });
});
