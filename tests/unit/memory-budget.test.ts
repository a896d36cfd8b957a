import { beforeAll, describe, expect, it } from "vitest";

// A small budget, set before the shared store is first made.
process.env.CACHE_MEMORY_MB = "8";
let budget: typeof import("../../server/cache/memory-budget.mjs");

beforeAll(async () => {
  budget = await import("../../server/cache/memory-budget.mjs");
});

// Markup is ASCII; one Cyrillic letter makes V8 keep the whole page at two bytes a character.
const russianPage = (kb: number) => `<!DOCTYPE html><p>${"<span>x</span>".repeat(kb * 73)}</p><p>Новости</p>`;

describe("the shared cache budget", () => {
  it("charges a string what V8 holds for it, not its UTF-8 length", () => {
    const page = russianPage(100);
    expect(Buffer.byteLength(page)).toBeLessThan(page.length * 1.01);
    expect(budget.approximateSize(page)).toBe(page.length * 2);
    expect(budget.approximateSize("plain ascii")).toBe(11);
    expect(budget.approximateSize("café")).toBe(4);
  });

  it("keeps a budget of Russian pages within its megabytes of heap", () => {
    const pages = budget.cacheSpace<string>("pages-test");
    for (let i = 0; i < 200; i++) pages.set(`/ru/${i}`, russianPage(100) + i, budget.approximateSize(russianPage(100)));
    const { bytes, maxBytes } = budget.cacheUsage();
    expect(bytes).toBeLessThanOrEqual(maxBytes);
    // 200 pages of about 2 × 100 KB each cannot all fit in 8 MB: most were evicted.
    expect(budget.cacheUsage().entries).toBeLessThan(45);
  });

  it("keys a space by whole texts without mixing them up with another space's", () => {
    const evicted: string[] = [];
    const first = budget.cacheSpace<number>("text-a", { keyedByText: true, onEvict: (key) => evicted.push(key) });
    const second = budget.cacheSpace<number>("text-b", { keyedByText: true });
    const text = russianPage(4);
    first.set(text, 1, 8);
    expect(second.get(text)).toBeUndefined();
    second.delete(text);
    expect(first.get(text)).toBe(1);
    // Pushed out by a flood of other entries, the first space hears of its own key.
    const filler = budget.cacheSpace<string>("filler");
    for (let i = 0; i < 100; i++) filler.set(String(i), "", 200_000);
    expect(first.get(text)).toBeUndefined();
    expect(evicted).toEqual([text]);
  });
});
