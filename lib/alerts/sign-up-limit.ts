import "server-only";
import { createTokenBucketLimiter } from "@/lib/rate-limit/memory";

// The version of the consent text (messages: Alerts.consent) a sign-up agrees to; change it
// whenever that text changes, so each subscriber's record says which one they accepted.
export const CONSENT_VERSION = "2026-12-04";

// Five sign-ups at once from one address, then one every 30 s (per server process). Each
// e-mail address also gets at most three subscription messages a day (subscriptions.ts).
const limiter = createTokenBucketLimiter({ capacity: 5, perMinute: 2, maxKeys: 10_000 });

/** Seconds to wait, or 0 when this sign-up may go ahead. */
export function limitSignUp(ip: string | null): number {
  const taken = limiter.take(ip ?? "unknown");
  return taken.ok ? 0 : Math.ceil(taken.retryAfterMs / 1000);
}
