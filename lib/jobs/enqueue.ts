import "server-only";
import type PgBoss from "pg-boss";
import type { Prisma } from "@/generated/prisma/client";
import { createBoss, QUEUES } from "@/server/jobs/queues.mjs";

export type QueueKey = keyof typeof QUEUES;

type Sql = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

// pg-boss runs its statements through whatever executor it is given: here the caller's
// transaction, so a job exists exactly when the change that asked for it was committed.
const executor = (tx: Sql) => ({
  executeSql: async (text: string, values: unknown[] = []) => ({ rows: await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values) }),
});

// Never started: it only builds pg-boss's statements; each call brings its own executor.
const store = globalThis as unknown as { __airrSender?: PgBoss };
const sender = () => (store.__airrSender ??= createBoss("postgres://unused"));

export type EnqueueOptions = { key?: string; startAfter?: Date };

export async function enqueue(tx: Sql, queue: QueueKey, data: object, options: EnqueueOptions = {}): Promise<string | null> {
  return sender().send(QUEUES[queue].name, data, {
    db: executor(tx),
    ...(options.key && { singletonKey: options.key }),
    ...(options.startAfter && { startAfter: options.startAfter }),
  });
}

// Another attempt at a job that used up its retries; false when it is not (or no longer) failed.
export async function retryFailedJob(tx: Sql, queue: string, id: string): Promise<boolean> {
  // pg-boss answers { affected } although its types say void.
  const result = (await sender().retry(queue, id, { db: executor(tx) })) as unknown as { affected: number };
  return result.affected > 0;
}
