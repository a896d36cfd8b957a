// One JSON object per line on stdout/stderr, each with the id of the request it belongs to.
// Next.js and the app log through console.*, so console is routed through here as well.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { format } from "node:util";

type Level = "debug" | "info" | "warn" | "error";
// errors: how many errors were logged while serving the request (a page that logged one is
// not kept by page-cache.ts).
export type RequestContext = { requestId: string; errors: number };
const requestContext = new AsyncLocalStorage<RequestContext>();

export function withRequestContext<T>(context: RequestContext, run: () => T): T {
  return requestContext.run(context, run);
}

// A proxy's id is kept when it looks like one (so lines can be joined across hops); anything
// else, including header-injection attempts, gets a fresh id.
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{8,128}$/.test(value) ? value : randomUUID();
}

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  const context = requestContext.getStore();
  if (context && level === "error") context.errors += 1;
  const line = JSON.stringify({ time: new Date().toISOString(), level, requestId: context?.requestId ?? null, msg, ...fields });
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
