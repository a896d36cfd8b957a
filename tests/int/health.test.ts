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
    // The first query opens the pool's first connection; a busy 2-core machine may need more
    // than the probe's default 2 s for it, which says nothing about health.
    expect(await isDatabaseHealthy(30_000)).toBe(true);
  });

  it("is unhealthy, quickly, when nothing listens at the database address", async () => {
    const { isDatabaseHealthy } = await freshHealthModule(`postgresql://u:p@127.0.0.1:${await freePort()}/none`);
    const started = Date.now();
    expect(await isDatabaseHealthy(1_500)).toBe(false);
    // Far below a connection attempt's own time-out, with room for a busy machine.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
