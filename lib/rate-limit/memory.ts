import "server-only";

// A token bucket per key, held in this process's memory: `capacity` requests at once, then
// `perMinute` a minute. Several server processes each keep their own buckets, so the
// effective limit is per process.

export type TokenBucketOptions = {
  capacity: number;
  perMinute: number;
  // Beyond this many keys the least recently seen are forgotten, so a flood of addresses
  // cannot grow the map without bound (a forgotten key starts again with a full bucket).
  maxKeys: number;
  now?: () => number;
};

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterMs: number };

type Bucket = { tokens: number; updatedAt: number };

export type TokenBucketLimiter = { take: (key: string) => TakeResult; size: () => number };

export function createTokenBucketLimiter({ capacity, perMinute, maxKeys, now = Date.now }: TokenBucketOptions): TokenBucketLimiter {
  if (!(capacity >= 1 && perMinute > 0 && maxKeys >= 1)) throw new RangeError("rate limit: capacity >= 1, perMinute > 0, maxKeys >= 1");
  const perMs = perMinute / 60_000;
  // After this long untouched a bucket is full again, which is the same as having none.
  const refillMs = capacity / perMs;
  // Ordered by last use: a Map iterates in insertion order and every take re-inserts its key.
  const buckets = new Map<string, Bucket>();

  const forgetIdle = (at: number) => {
    for (const [key, bucket] of buckets) {
      if (at - bucket.updatedAt < refillMs) break;
      buckets.delete(key);
    }
  };

  const take = (key: string): TakeResult => {
    const at = now();
    forgetIdle(at);
    const found = buckets.get(key);
    const elapsed = found ? Math.max(0, at - found.updatedAt) : 0;
    const tokens = found ? Math.min(capacity, found.tokens + elapsed * perMs) : capacity;
    buckets.delete(key);
    const ok = tokens >= 1;
    buckets.set(key, { tokens: ok ? tokens - 1 : tokens, updatedAt: at });
    while (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
    return ok ? { ok, remaining: Math.floor(tokens - 1) } : { ok, retryAfterMs: Math.ceil((1 - tokens) / perMs) };
  };

  return { take, size: () => buckets.size };
}
