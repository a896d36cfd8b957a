import { describe, expect, it } from "vitest";
import { createTokenBucketLimiter } from "../../lib/rate-limit/memory";
import { isSearchPath, limitSearch, SEARCH_BURST, SEARCH_PER_MINUTE, searchRequestLocale } from "../../lib/rate-limit/search";

const request = (path: string, headers: Record<string, string> = {}) => ({
  nextUrl: new URL(path, "http://localhost:3000"),
  headers: new Headers({ "x-forwarded-for": "198.51.100.7", ...headers }),
});

describe("which requests count as searches", () => {
  it("counts a search page with a non-empty query, in either locale", () => {
    expect(searchRequestLocale(new URL("http://x/ru/search?q=регионы"))).toBe("ru");
    expect(searchRequestLocale(new URL("http://x/en/search/?kind=news&q=clusters"))).toBe("en");
  });

  it("does not count an empty query or other pages", () => {
    for (const path of ["/ru/search", "/ru/search?q=", "/ru/search?q=%20%00%09", "/de/search?q=x", "/ru/press/news?q=x", "/ru/searching?q=x"]) {
      expect(searchRequestLocale(new URL(path, "http://x")), path).toBeNull();
    }
  });

  it("tells the search page from other paths, query or not (the proxy skips the locale step there)", () => {
    expect(["/ru/search", "/en/search/"].map(isSearchPath)).toEqual([true, true]);
    expect(["/de/search", "/ru/searching", "/ru/press/news", "/search"].map(isSearchPath)).toEqual([false, false, false, false]);
  });
});

describe("search rate limit", () => {
  it("answers the request after the burst with a localized 429 page and Retry-After", async () => {
    const c = { at: 0 };
    const { take } = createTokenBucketLimiter({ capacity: SEARCH_BURST, perMinute: SEARCH_PER_MINUTE, maxKeys: 10, now: () => c.at });
    for (let i = 0; i < SEARCH_BURST; i++) expect(limitSearch(request(`/ru/search?q=x${i}`), take), `search ${i + 1}`).toBeNull();
    // Pages without a query never use up the allowance.
    expect(limitSearch(request("/ru/search"), take)).toBeNull();
    const refused = limitSearch(request("/ru/search?q=x"), take)!;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("2");
    expect(refused.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await refused.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain("<h1>Слишком много запросов</h1>");
    expect(html).toContain("Повторите поиск через 2 секунды.");
    expect(html).toContain('<a href="/ru">На главную</a>');
    const en = await limitSearch(request("/en/search?q=x"), take)!.text();
    expect(en).toContain("<h1>Too many searches</h1>");
    expect(en).toContain("Please search again in 2 seconds.");
    // Another address has its own allowance, and the refused one gets a search again in time.
    expect(limitSearch(request("/ru/search?q=x", { "x-forwarded-for": "198.51.100.8" }), take)).toBeNull();
    c.at += 2_000;
    expect(limitSearch(request("/ru/search?q=x"), take)).toBeNull();
  });
});
