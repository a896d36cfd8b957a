import { describe, expect, it } from "vitest";
import { createTokenBucketLimiter } from "../../lib/rate-limit/memory";

function clock(start = 1_000_000) {
  const c = { at: start, now: () => c.at };
  return c;
}

describe("in-memory token bucket", () => {
  it("allows the burst, refuses the next request and says how long to wait", () => {
    const c = clock();
    const limiter = createTokenBucketLimiter({ capacity: 3, perMinute: 6, maxKeys: 100, now: c.now });
    expect([1, 2, 3].map(() => limiter.take("a"))).toEqual([
      { ok: true, remaining: 2 },
      { ok: true, remaining: 1 },
      { ok: true, remaining: 0 },
    ]);
    // Six a minute: one token every ten seconds.
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterMs: 10_000 });
    c.at += 4_000;
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterMs: 6_000 });
    expect(limiter.take("b")).toMatchObject({ ok: true });
  });

  it("refills with time, never above the burst", () => {
    const c = clock();
    const limiter = createTokenBucketLimiter({ capacity: 3, perMinute: 6, maxKeys: 100, now: c.now });
    for (let i = 0; i < 3; i++) limiter.take("a");
    c.at += 10_000;
    expect(limiter.take("a")).toEqual({ ok: true, remaining: 0 });
    expect(limiter.take("a")).toMatchObject({ ok: false });
    c.at += 3_600_000;
    expect([1, 2, 3, 4].map(() => limiter.take("a").ok)).toEqual([true, true, true, false]);
  });

  it("forgets keys idle long enough to be full again", () => {
    const c = clock();
    const limiter = createTokenBucketLimiter({ capacity: 3, perMinute: 6, maxKeys: 100, now: c.now });
    limiter.take("a");
    c.at += 20_000;
    limiter.take("b");
    expect(limiter.size()).toBe(2);
    // A full refill takes 30 s: "a" is then idle for 30 s, "b" only for 10 s.
    c.at += 10_000;
    limiter.take("c");
    expect(limiter.size()).toBe(2);
    c.at += 60_000;
    limiter.take("d");
    expect(limiter.size()).toBe(1);
  });

  it("caps the number of keys, dropping the least recently used", () => {
    const c = clock();
    const limiter = createTokenBucketLimiter({ capacity: 1, perMinute: 1, maxKeys: 3, now: c.now });
    for (const key of ["a", "b", "c"]) expect(limiter.take(key).ok).toBe(true);
    // "a" is touched again (and refused), so "b" is now the oldest.
    expect(limiter.take("a").ok).toBe(false);
    limiter.take("d");
    expect(limiter.size()).toBe(3);
    expect(limiter.take("a").ok).toBe(false);
    expect(limiter.take("c").ok).toBe(false);
    // "b" was forgotten, so it starts again with a full bucket.
    expect(limiter.take("b").ok).toBe(true);
    for (let i = 0; i < 10_000; i++) limiter.take(`flood-${i}`);
    expect(limiter.size()).toBe(3);
  });

  it("rejects settings that would never allow a request", () => {
    expect(() => createTokenBucketLimiter({ capacity: 0, perMinute: 1, maxKeys: 1 })).toThrow(RangeError);
    expect(() => createTokenBucketLimiter({ capacity: 1, perMinute: 0, maxKeys: 1 })).toThrow(RangeError);
  });
});
