import "server-only";
import { db } from "@/lib/db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_MAX_FAILURES = 5;

// Refused while 5 or more failures for this account or this address fall within the last
// 15 minutes; the wait ends when the oldest of them leaves the window.
export async function signInBlockedUntil(email: string, ipAddress: string, now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const failures = (key: "email" | "ipAddress", value: string) =>
    db.signInAttempt.findMany({
      where: { [key]: value, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: THROTTLE_MAX_FAILURES,
      select: { createdAt: true },
    });
  const [byEmail, byIp] = await Promise.all([failures("email", email), failures("ipAddress", ipAddress)]);
  const until = [byEmail, byIp]
    .filter((rows) => rows.length >= THROTTLE_MAX_FAILURES)
    .map((rows) => rows[THROTTLE_MAX_FAILURES - 1]!.createdAt.getTime() + THROTTLE_WINDOW_MS);
  return until.length ? new Date(Math.max(...until)) : null;
}

export async function recordSignInAttempt(email: string, ipAddress: string, succeeded: boolean) {
  await db.signInAttempt.create({ data: { email, ipAddress, succeeded } });
  // Old attempts say nothing about throttling; keep the table small.
  if (Math.random() < 0.05) await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } } });
}
