import { AsyncLocalStorage } from "node:async_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { beforeEach, describe, expect, it } from "vitest";
import { cachedSearch, forgetSearchResults } from "../../lib/search/result-cache";

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

beforeEach(() => forgetSearchResults());

describe("search result cache", () => {
  it("runs a repeated search once, including while the first is still running", async () => {
    let runs = 0;
    const load = async () => ((runs += 1), `result ${runs}`);
    const [a, b] = await Promise.all([cachedSearch("k", load), cachedSearch("k", load)]);
    expect(await cachedSearch("k", load)).toBe("result 1");
    expect([a, b, runs]).toEqual(["result 1", "result 1", 1]);
    expect(await cachedSearch("other", load)).toBe("result 2");
  });

  it("forgets every result when content changes", async () => {
    let runs = 0;
    const load = async () => ++runs;
    await cachedSearch("k", load);
    forgetSearchResults();
    expect(await cachedSearch("k", load)).toBe(2);
  });

  it("does not keep a result that was being computed when content changed", async () => {
    const slow = deferred<string>();
    const first = cachedSearch("k", () => slow.promise);
    forgetSearchResults();
    slow.resolve("before the change");
    expect(await first).toBe("before the change");
    expect(await cachedSearch("k", async () => "after the change")).toBe("after the change");
  });

  it("does not keep a failure", async () => {
    await expect(cachedSearch("k", async () => Promise.reject(new Error("database away")))).rejects.toThrow("database away");
    expect(await cachedSearch("k", async () => "found")).toBe("found");
  });

  it("runs at most four different searches at once and queues the rest", async () => {
    const gates = Array.from({ length: 6 }, () => deferred<number>());
    let running = 0;
    let peak = 0;
    const all = gates.map((gate, i) =>
      cachedSearch(`q${i}`, async () => {
        running += 1;
        peak = Math.max(peak, running);
        const v = await gate.promise;
        running -= 1;
        return v;
      }),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(running).toBe(4);
    gates.forEach((g, i) => g.resolve(i));
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(4);
  });
});

describe("search result cache and memory", () => {
  it("does not keep the request that ran a search alive once the result is stored", async () => {
    // A promise made inside a request carries that request's async context; the store must not.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const requests = new AsyncLocalStorage<{ page: Uint8Array }>();
    let request: { page: Uint8Array } | null = { page: new Uint8Array(1024 * 1024) };
    const seen = new WeakRef(request);
    await requests.run(request, () => cachedSearch("kept", async () => ["result"]));
    request = null;
    for (let i = 0; i < 5 && seen.deref(); i++) {
      await new Promise((r) => setTimeout(r, 10));
      gc();
    }
    expect(seen.deref()).toBeUndefined();
    expect(await cachedSearch("kept", async () => ["run again"])).toEqual(["result"]);
  });
});
