import "server-only";
import { AsyncResource } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { isDatabaseUnavailableError, recordDatabaseFailure } from "@/lib/db-availability";
import { storable } from "@/lib/db-storable";

// One client per server process (and per dev reload, kept on globalThis).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

const noteFailure = (error: unknown) => {
  if (isDatabaseUnavailableError(error)) recordDatabaseFailure();
};

// A socket or timer made while a request is served keeps that request's async context for as
// long as it lives: Next.js's stores, their aborted controller, and through the abort reason's
// stack frames every request after it (1.6 GB of heap after 10,000 requests for made-up
// addresses). So connections are opened in the server's root context, which instrumentation.ts
// records at start, and idle ones are never closed by the pool's idle timer, which would be
// set in the context of the request that released them: a server keeps its DB_POOL_SIZE
// connections open once it has needed them.
const ROOT_CONTEXT = Symbol.for("airr.rootAsyncResource");
class DetachedClient extends pg.Client {
  connect = ((...args: unknown[]) => {
    const root = (globalThis as Record<symbol, AsyncResource | undefined>)[ROOT_CONTEXT];
    const open = () => (pg.Client.prototype.connect as (...a: unknown[]) => unknown).apply(this, args);
    return root ? root.runInAsyncScope(open) : open();
  }) as pg.Client["connect"];
}

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set; start the site with npm start or npm run dev.");
  // A short connect timeout: while the database is away a request fails within 2 s
  // instead of queueing. The pool discards broken connections and opens new ones on
  // demand, so it recovers by itself once the server is back. The adapter keeps an
  // 'error' listener on the pool, so a terminated idle connection never crashes the process.
  const adapter = new PrismaPg(
    { connectionString, max: Number(process.env.DB_POOL_SIZE ?? 10), connectionTimeoutMillis: 2_000, idleTimeoutMillis: 0, Client: DetachedClient },
    { onPoolError: noteFailure, onConnectionError: noteFailure },
  );
  const client = new PrismaClient({ adapter }).$extends({
    query: {
      async $allOperations({ model, args, query }) {
        try {
          return await query(model ? (storable(args) as typeof args) : args);
        } catch (error) {
          noteFailure(error);
          throw error;
        }
      },
    },
  });
  // The extension cleans model arguments, observes errors and changes no types, so callers keep the plain client type.
  return client as unknown as PrismaClient;
}

export const db = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
