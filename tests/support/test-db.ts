import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrisma } from "../../scripts/lib/prisma";

export const TEMPLATE_DB = "airr_test_template";

// A fresh, migrated database for one test file, cloned from the template in milliseconds.
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject("pgAdminUrl");
  const name = `airr_test_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

// A test file's own database, for the code under test (lib/db reads DATABASE_URL when first
// imported, so modules of lib/ are imported in `ready`) and for the test's own checks.
export function withTestDatabase<T>(ready: (prisma: ReturnType<typeof createPrisma>, url: string) => Promise<T>) {
  const handle = {} as { url: string; prisma: ReturnType<typeof createPrisma>; lib: T };
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = handle.url = db.url;
    handle.prisma = createPrisma(db.url);
    handle.lib = await ready(handle.prisma, db.url);
  });
  afterAll(async () => {
    await (await import("../../lib/db")).db.$disconnect();
    await handle.prisma.$disconnect();
    await db.drop();
  });
  return handle;
}
