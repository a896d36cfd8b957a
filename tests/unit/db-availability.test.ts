import { describe, expect, it } from "vitest";
import { isDatabaseUnavailableError, lastDatabaseFailureAt, recordDatabaseFailure } from "../../lib/db-availability";

const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: "connect" });
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "FATAL" });
// A Prisma error raised over the driver adapter carries the adapter's classification in meta.
const prismaError = (code: string, cause: object) =>
  Object.assign(new Error("Invalid `prisma.region.findMany()` invocation"), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("isDatabaseUnavailableError", () => {
  it.each([
    ["connection refused", socketError("ECONNREFUSED")],
    ["connection reset", socketError("ECONNRESET")],
    ["host not found", socketError("ENOTFOUND")],
    ["refused on every address of the host", new AggregateError([socketError("ECONNREFUSED"), socketError("ECONNREFUSED")])],
    ["Prisma: server unreachable", { code: "P1001" }],
    ["Prisma: server timed out", { code: "P1002" }],
    ["Prisma: connection closed", { code: "P1017" }],
    ["raw query over an unreachable server", prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    [
      "raw query cut by a server shut-down",
      prismaError("P2010", { kind: "postgres", code: "57P01", originalCode: "57P01", message: "terminating connection due to administrator command" }),
    ],
    ["server crashed", pgError("57P02", "terminating connection due to crash of another server process")],
    ["server still starting", pgError("57P03", "the database system is starting up")],
    ["connection exception class 08", pgError("08006", "connection failure")],
    ["connection ended by the server", new Error("Connection terminated unexpectedly")],
    ["no connection from the pool in time", new Error("timeout exceeded when trying to connect")],
    ["query on a broken transaction client", new Error("Client has encountered a connection error and is not queryable")],
    ["wrapped as the cause of a library error", new Error("Failed to get session", { cause: { code: "P1001" } })],
  ])("is true for %s", (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaError("P2002", { kind: "UniqueConstraintViolation" })],
    ["a missing table", pgError("42P01", 'relation "x" does not exist')],
    ["a cancelled statement", pgError("57014", "canceling statement due to statement timeout")],
    ["wrong credentials", prismaError("P1000", { kind: "AuthenticationFailed" })],
    ["a plain error", new Error("boom")],
    ["a string", "ECONNREFUSED"],
    ["null", null],
    ["undefined", undefined],
  ])("is false for %s", (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });

  it("terminates on an error that is its own cause", () => {
    const error = new Error("loop") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });
});

describe("recordDatabaseFailure", () => {
  it("writes the time where the HTTP server reads it, under the registered symbol", () => {
    recordDatabaseFailure(1_700_000_000_000);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("airr.database.lastFailureAt")]).toBe(1_700_000_000_000);
    expect(lastDatabaseFailureAt()).toBe(1_700_000_000_000);
    const before = Date.now();
    recordDatabaseFailure();
    expect(lastDatabaseFailureAt()).toBeGreaterThanOrEqual(before);
  });
});
