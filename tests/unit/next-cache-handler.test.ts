import { beforeAll, describe, expect, it } from "vitest";

// A small budget, set before the shared store is first made.
process.env.CACHE_MEMORY_MB = "8";
let handler: import("../../server/cache/next-cache-handler.mjs").default;
let usage: () => { bytes: number; entries: number; maxBytes: number };
let cacheMemoryProblem: (env: Record<string, string | undefined>) => string | null;
let lifetimes: Map<string, unknown>;

beforeAll(async () => {
  const { default: MemoryCacheHandler } = await import("../../server/cache/next-cache-handler.mjs");
  handler = new MemoryCacheHandler();
  ({ cacheUsage: usage, cacheMemoryProblem } = await import("../../server/cache/memory-budget.mjs"));
  // @ts-expect-error Next.js's internal module has no declarations
  lifetimes = (await import("next/dist/server/lib/incremental-cache/shared-cache-controls.external.js")).SharedCacheControls.cacheControls;
});

const page = (html: string, tags: string, status = 200) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(html),
  headers: { "x-next-cache-tags": tags },
  status,
  segmentData: new Map(),
});
const read = (data: string) => ({ kind: "FETCH", data: { headers: {}, body: data, status: 200, url: "" }, revalidate: false });

describe("Next.js cache in memory", () => {
  it("returns what was stored, and nothing once one of its tags expires", async () => {
    await handler.set("/ru/about", page("<p>about</p>", "_N_T_/ru/about,page:/about"));
    await handler.set("k1", read('{"a":1}'), { tags: ["regions"] });
    expect((await handler.get("/ru/about"))?.value).toMatchObject({ html: "<p>about</p>" });
    expect(await handler.get("k1", { tags: ["regions"] })).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 2));
    await handler.revalidateTag(["page:/about", "regions"], { expire: 0 });
    expect(await handler.get("/ru/about")).toBeNull();
    expect(await handler.get("k1")).toBeNull();
    // Stored after the expiry: fresh again.
    await handler.set("/ru/about", page("<p>new</p>", "page:/about"));
    expect((await handler.get("/ru/about"))?.value).toMatchObject({ html: "<p>new</p>" });
  });

  it("expires reads by the tags a lookup names, the path's implicit tags included", async () => {
    await handler.set("k2", read("[]"), { tags: [] });
    await new Promise((resolve) => setTimeout(resolve, 2));
    await handler.revalidateTag("_N_T_/ru/press");
    expect(await handler.get("k2", { softTags: ["_N_T_/ru/press"] })).toBeNull();
  });

  it("keeps no error page, and forgets the lifetime Next.js noted for it", async () => {
    lifetimes.set("/ru/press/news/made-up", { revalidate: false });
    await handler.set("/ru/press/news/made-up", page("not found", "", 404));
    expect(await handler.get("/ru/press/news/made-up")).toBeNull();
    expect(lifetimes.has("/ru/press/news/made-up")).toBe(false);
  });

  it("stays within its budget however many addresses are asked for, and forgets evicted lifetimes", async () => {
    const html = "x".repeat(20_000);
    for (let i = 0; i < 2_000; i++) {
      lifetimes.set(`/ru/press/news/n${i}`, { revalidate: false });
      await handler.set(`/ru/press/news/n${i}`, page(html, ""));
    }
    const { bytes, maxBytes } = usage();
    expect(maxBytes).toBe(8 * 1024 * 1024);
    expect(bytes).toBeLessThanOrEqual(maxBytes);
    expect(bytes).toBeGreaterThan(maxBytes / 2);
    expect(await handler.get("/ru/press/news/n0")).toBeNull();
    expect(await handler.get("/ru/press/news/n1999")).not.toBeNull();
    expect(lifetimes.has("/ru/press/news/n0")).toBe(false);
    expect(lifetimes.size).toBeLessThan(1_000);
  });

  it("refuses a budget it cannot use", () => {
    expect(cacheMemoryProblem({ CACHE_MEMORY_MB: "lots" })).toMatch(/CACHE_MEMORY_MB/);
    expect(cacheMemoryProblem({ CACHE_MEMORY_MB: "2" })).toMatch(/from 8/);
    expect(cacheMemoryProblem({ CACHE_MEMORY_MB: "256" })).toBeNull();
    expect(cacheMemoryProblem({})).toBeNull();
  });
});
