import { afterEach, describe, expect, it, vi } from "vitest";

// Every change records the address of the request that made it, not only rating and account
// changes; a change made outside a request, or by the scheduler, records none.
const request = { headers: null as Headers | null };
vi.mock("next/headers", () => ({
  headers: async () => {
    if (!request.headers) throw new Error("`headers` was called outside a request scope");
    return request.headers;
  },
}));
vi.mock("server-only", () => ({}));

const { recordChange } = await import("@/lib/history/record");

function fakeTx() {
  const rows: Record<string, unknown>[] = [];
  const tx = { auditLog: { create: async ({ data }: { data: Record<string, unknown> }) => rows.push(data) }, revision: { create: async () => ({}) } };
  return { tx: tx as never, rows };
}
const change = { actorId: "u1", action: "person.update", entityType: "person" as const, entityId: "p1" };

afterEach(() => {
  request.headers = null;
});

describe("audit address", () => {
  it("is the request's address when the change does not name one", async () => {
    request.headers = new Headers({ "x-forwarded-for": "198.51.100.4" });
    const { tx, rows } = fakeTx();
    await recordChange(tx, change);
    expect(rows[0]).toMatchObject({ action: "person.update", ipAddress: "198.51.100.4" });
  });

  it("is none outside a request, and none when the change says so (the scheduler)", async () => {
    const outside = fakeTx();
    await recordChange(outside.tx, change);
    expect(outside.rows[0]!.ipAddress).toBeNull();
    request.headers = new Headers({ "x-forwarded-for": "127.0.0.1" });
    const scheduled = fakeTx();
    await recordChange(scheduled.tx, { ...change, actorId: null, ipAddress: null });
    expect(scheduled.rows[0]!.ipAddress).toBeNull();
  });
});
