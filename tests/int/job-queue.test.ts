import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/test-db";

// Jobs are written in the transaction of the change that asks for them: a rolled-back change
// leaves no job, a committed one always has its job, with its key and start time.
const t = withTestDatabase(async () => ({
  ...(await import("@/lib/jobs/enqueue")),
  ...(await import("@/lib/jobs/admin-queries")),
  ...(await import("@/lib/db")),
}));

type Row = { name: string; state: string; singleton_key: string | null; start_after: Date; data: Record<string, unknown> };
const jobs = () => t.prisma.$queryRawUnsafe<Row[]>(`SELECT name, state, singleton_key, start_after, data FROM pgboss.job ORDER BY created_on`);

describe("enqueue", () => {
  it("writes nothing when the transaction rolls back", async () => {
    await expect(
      t.lib.db.$transaction(async (tx) => {
        await t.lib.enqueue(tx, "telegram", { translationId: "x" });
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await jobs()).toEqual([]);
  });

  it("writes the job with its data, key and start time on commit", async () => {
    const at = new Date(Date.now() + 3_600_000);
    const id = await t.lib.db.$transaction((tx) => t.lib.enqueue(tx, "publishDue", { reason: "test" }, { key: "due", startAfter: at }));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const job = (await jobs())[0]!;
    expect(job).toMatchObject({ name: "publish-due", state: "created", singleton_key: "due", data: { reason: "test" } });
    expect(Math.abs(job.start_after.getTime() - at.getTime())).toBeLessThan(1_000);
  });

  it("keeps one waiting job per key on a stately queue", async () => {
    const second = await t.lib.db.$transaction((tx) => t.lib.enqueue(tx, "publishDue", { reason: "again" }, { key: "due" }));
    expect(second).toBeNull();
    expect((await jobs()).filter((j) => j.name === "publish-due")).toHaveLength(1);
  });
});

describe("the back office's view of the queue", () => {
  it("lists failed jobs with the channel's message, and sends one round again once", async () => {
    const id = (await t.lib.db.$transaction((tx) => t.lib.enqueue(tx, "indexNow", {})))!;
    await t.prisma.$executeRawUnsafe(
      `UPDATE pgboss.job SET state = 'failed', retry_count = retry_limit, output = '{"message":"IndexNow answered 403: key not valid"}' WHERE id = $1::uuid`,
      id,
    );
    const failed = await t.lib.listJobs({ state: "failed", page: 1 });
    expect(failed.items).toEqual([
      expect.objectContaining({ id, queue: "indexnow", state: "failed", output: { message: "IndexNow answered 403: key not valid" } }),
    ]);
    expect((await t.lib.listJobs({ page: 1 })).total).toBe(2);
    expect(await t.lib.retryFailedJob(t.lib.db, "indexnow", id)).toBe(true);
    expect(await t.lib.retryFailedJob(t.lib.db, "indexnow", id)).toBe(false);
    expect((await t.lib.listJobs({ state: "failed", page: 1 })).items).toEqual([]);
  });
});
