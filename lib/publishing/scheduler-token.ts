import { randomBytes } from "node:crypto";

// A secret shared by the scheduler loop and the route it calls, both in this process only.
const store = globalThis as unknown as { __airrSchedulerToken?: string };

export function schedulerToken(): string {
  return (store.__airrSchedulerToken ??= randomBytes(24).toString("base64url"));
}
