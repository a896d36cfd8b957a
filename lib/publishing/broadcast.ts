import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { CACHE_CHANNEL, encodeNotices, instanceId } from "./cache-notice";

// Other server processes keep caches of their own; a NOTIFY tells their listeners
// (cache-listener.ts) which tags to expire. No extra service: PostgreSQL carries it.

// Tag lists already announced inside their transaction, so expireTags does not send them
// again. On globalThis: server actions and route handlers may load separate module copies.
const store = globalThis as unknown as { __airrAnnouncedTags?: WeakSet<object> };
const announced = (store.__airrAnnouncedTags ??= new WeakSet());

type Executor = Pick<Prisma.TransactionClient, "$executeRaw">;

async function send(client: Executor, tags: Iterable<string>) {
  for (const payload of encodeNotices(instanceId(), tags)) {
    await client.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, ${payload})`;
  }
}

// Inside the transaction that made the change: PostgreSQL delivers the notice only on
// commit, so a rolled-back change announces nothing and a committed one cannot go unannounced.
export async function notifyInTransaction(tx: Prisma.TransactionClient, tags: string[]): Promise<void> {
  await send(tx, tags);
  announced.add(tags);
}

// A change in one transaction whose cache tags reach the other servers on its commit.
export function transactionAnnounced<T extends { tags: string[] }>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    const result = await work(tx);
    await notifyInTransaction(tx, result.tags);
    return result;
  });
}

export function wasAnnounced(tags: Iterable<string>): boolean {
  return typeof tags === "object" && tags !== null && announced.has(tags);
}

// After a change committed elsewhere. The change stands either way; a lost notice leaves the
// other servers stale until their next reconnect, so it is logged rather than thrown.
export async function broadcastTags(tags: Iterable<string>): Promise<void> {
  try {
    await send(db, tags);
  } catch (error) {
    console.error("cache broadcast failed", error);
  }
}
