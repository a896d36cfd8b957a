import "server-only";

// The HTTP server in front of Next.js reads this slot (by its registered symbol, so no
// import is needed) to answer a failed page with 503 + Retry-After instead of 500 while
// the database is away.
const LAST_FAILURE = Symbol.for("airr.database.lastFailureAt");
const slot = globalThis as unknown as Record<symbol, number | undefined>;

// Prisma: server unreachable, timed out, closed the connection; no connection from the pool in time.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ECONNABORTED", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
// The driver adapter's classification of a socket failure.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// SQLSTATE 57P01-03: the server is shutting down, crashed, or not accepting connections yet;
// class 08: connection exceptions.
const SQLSTATE = /^(57P0[123]|08[0-9A-Z]{3})$/;
// pg raises these as plain Errors, without a code.
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Can't reach database server/i;

type Node = {
  code?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  meta?: { driverAdapterError?: unknown };
};

function matches(node: Node): boolean {
  for (const code of [node.code, node.originalCode]) {
    if (typeof code !== "string") continue;
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code)) return true;
  }
  if (typeof node.kind === "string" && ADAPTER_KINDS.has(node.kind)) return true;
  return typeof node.message === "string" && MESSAGES.test(node.message);
}

// True when the error means the database cannot be reached right now (as opposed to a
// bad query or a constraint): the error itself, its causes, an AggregateError's parts
// (a host with several addresses) and the driver adapter's error inside a Prisma error.
export function isDatabaseUnavailableError(error: unknown): boolean {
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length > 0 && seen < 20; seen++) {
    const node = queue.shift();
    if (!node || typeof node !== "object") continue;
    const n = node as Node;
    if (matches(n)) return true;
    queue.push(n.cause, n.meta?.driverAdapterError);
    if (Array.isArray(n.errors)) queue.push(...n.errors);
  }
  return false;
}

export function recordDatabaseFailure(at = Date.now()): void {
  slot[LAST_FAILURE] = at;
}

export function lastDatabaseFailureAt(): number | null {
  return slot[LAST_FAILURE] ?? null;
}
