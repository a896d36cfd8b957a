// One JSON object per line on stdout/stderr, each with the id of the request it belongs to.
// Next.js and the app log through console.*, so console is routed through here as well.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { format } from "node:util";

type Level = "debug" | "info" | "warn" | "error";
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

export function withRequestId<T>(requestId: string, run: () => T): T {
  return requestContext.run({ requestId }, run);
}

// A proxy's id is kept when it looks like one (so lines can be joined across hops); anything
// else, including header-injection attempts, gets a fresh id.
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{8,128}$/.test(value) ? value : randomUUID();
}

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, requestId: currentRequestId() ?? null, msg, ...fields });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

export function routeConsoleToLog(): void {
  const route = (level: Level) => (...args: unknown[]) => log(level, format(...args));
  console.log = route("info");
  console.info = route("info");
  console.debug = route("debug");
  console.warn = route("warn");
  console.error = route("error");
}
