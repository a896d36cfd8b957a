import "server-only";
import { db } from "@/lib/db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
// Hard limits: one account from one address (a person's typos, or a guesser there), and one
// address over all accounts (spraying), which an office behind one address will not reach.
export const PAIR_MAX_FAILURES = 5;
export const ADDRESS_MAX_FAILURES = 30;
// Per account from anywhere, failures only slow attempts down, so nobody can lock the
// administrator out for good from addresses of their own; an address that signed in to the
// account before is not slowed at all.
const ACCOUNT_SLOW_AFTER = 5;
const ACCOUNT_MAX_WAIT_MS = 60_000;
const KNOWN_ADDRESS_MS = 30 * 24 * 3600_000;

type Attempt = { createdAt: Date; ipAddress: string };
export type SignInClaim = { attemptId: string } | { blockedUntil: Date };

function waitUntil(failures: Attempt[], max: number): number | null {
  // The wait ends when the oldest failure that counts leaves the window.
  return failures.length >= max ? failures[failures.length - max]!.createdAt.getTime() + THROTTLE_WINDOW_MS : null;
}

// Checks the limits and records the attempt in one transaction, under a lock on the account
// and one on the address: simultaneous attempts are counted one after another, each seeing
// the others as failures until they are known to have succeeded.
export async function claimSignInAttempt(email: string, ipAddress: string, now = new Date()): Promise<SignInClaim> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:account:${email}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:address:${ipAddress}`}))`;
    const failed = { succeeded: false, createdAt: { gt: since } };
    const select = { createdAt: true, ipAddress: true } as const;
    const [byAccount, byAddress, knownAddress] = await Promise.all([
      tx.signInAttempt.findMany({ where: { email, ...failed }, orderBy: { createdAt: "asc" }, select }),
      tx.signInAttempt.findMany({ where: { ipAddress, ...failed }, orderBy: { createdAt: "asc" }, select }),
      tx.signInAttempt.findFirst({
        where: { email, ipAddress, succeeded: true, createdAt: { gt: new Date(now.getTime() - KNOWN_ADDRESS_MS) } },
        select: { id: true },
      }),
    ]);
    const byPair = byAccount.filter((a) => a.ipAddress === ipAddress);
    const hard = [waitUntil(byPair, PAIR_MAX_FAILURES), waitUntil(byAddress, ADDRESS_MAX_FAILURES)].filter((t): t is number => t !== null);
    if (hard.length) return { blockedUntil: new Date(Math.max(...hard)) };
    if (!knownAddress && byAccount.length >= ACCOUNT_SLOW_AFTER) {
      const wait = Math.min(1000 * 2 ** (byAccount.length - ACCOUNT_SLOW_AFTER), ACCOUNT_MAX_WAIT_MS);
      const until = byAccount[byAccount.length - 1]!.createdAt.getTime() + wait;
      if (until > now.getTime()) return { blockedUntil: new Date(until) };
    }
    const attempt = await tx.signInAttempt.create({ data: { email, ipAddress, succeeded: false, createdAt: now }, select: { id: true } });
    return { attemptId: attempt.id };
  });
}

export async function recordSignInSuccess(attemptId: string) {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
  // Old attempts say nothing about throttling; keep the table small (known addresses: 30 days).
  if (Math.random() < 0.05) await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KNOWN_ADDRESS_MS) } } });
}
