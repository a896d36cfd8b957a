import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "../../server/net";
import { createTestDatabase } from "../support/test-db";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await db.drop();
});

async function freshHealthModule(url: string) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", url);
  (globalThis as { prisma?: unknown }).prisma = undefined;
  return import("../../lib/health");
}

describe("database health check", () => {
  it("is healthy when the database answers", async () => {
    const { isDatabaseHealthy } = await freshHealthModule(db.url);
    expect(await isDatabaseHealthy()).toBe(true);
  });

  it("is unhealthy, quickly, when nothing listens at the database address", async () => {
    const { isDatabaseHealthy } = await freshHealthModule(`postgresql://u:p@127.0.0.1:${await freePort()}/none`);
    const started = Date.now();
    expect(await isDatabaseHealthy(1_500)).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
