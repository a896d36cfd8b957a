import { randomBytes, timingSafeEqual } from "node:crypto";

// A secret shared by this process's own loops (scheduler, cache listener) and the internal
// routes they call, all in this process only.
const store = globalThis as unknown as { __airrSchedulerToken?: string };

export function schedulerToken(): string {
  return (store.__airrSchedulerToken ??= randomBytes(24).toString("base64url"));
}

export function hasSchedulerToken(request: Request): boolean {
  const given = Buffer.from(request.headers.get("x-scheduler-token") ?? "");
  const expected = Buffer.from(schedulerToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
