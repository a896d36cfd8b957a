import { expect, test } from "@playwright/test";

// What next.config.ts and the server (server/http) promise, on a prerendered page, a
// dynamic one, the back office, an API route and a malformed address of the production server.
for (const path of ["/ru", "/en/search?q=regions", "/en/press/news", "/admin/sign-in", "/api/health", "/robots.txt", "/ru/%E0%A4%A"]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const h = response.headers();
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-powered-by"]).toBeUndefined();
    expect(h["x-request-id"]).toMatch(/^[\w.:-]{8,}$/);
  });
}

test("a malformed percent-escape is a localized 400, not a server error", async ({ request }) => {
  const response = await request.get("/en/news/%E0%A4%A");
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("The page address is malformed");
  expect((await request.get("/ru/%")).status()).toBe(400);
});

test("a cached page gets a fresh script nonce on every response", async ({ request }) => {
  const nonces = await Promise.all(
    [1, 2].map(async () => {
      const response = await request.get("/ru");
      const policy = response.headers()["content-security-policy"] ?? "";
      const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? "";
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
      const nonce = /^'nonce-([^']+)' 'strict-dynamic'$/.exec(scriptSrc)?.[1];
      expect(nonce).toBeTruthy();
      const html = await response.text();
      // Every script the page carries either has this response's nonce or is a data block.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(3);
      for (const tag of scripts) expect(tag.includes(`nonce="${nonce}"`) || tag.includes('type="application/ld+json"')).toBe(true);
      return nonce;
    }),
  );
  expect(nonces[0]).not.toBe(nonces[1]);
});

// The policy must not break the site: no page may report a violation, and client code runs.
test("pages run under the policy without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/ru", "/en/press/news", "/ru/search?q=регион", "/en/regions", "/ru/press/gallery", "/admin/sign-in"]) {
    await page.goto(path, { waitUntil: "networkidle" });
  }
  expect(violations).toEqual([]);
  // The framework's bundles ran (they set window.next when the app boots).
  expect(await page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe("string");
});

// A page that reads its query string is rendered per request and marked private; the news
// list's filtered and later pages are pages of their own instead (proxy.ts), so they are kept.
test("filtered and later news list pages are kept and replayed like any public page", async ({ request }) => {
  for (const path of ["/ru/press/news?kind=news", "/en/press/news?kind=news&page=1", "/ru/press/news?year=2024&utm_source=mail"]) {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    expect(first.headers()["cache-control"]).not.toMatch(/private|no-store/);
    const again = await request.get(path);
    expect(again.headers()["x-page-cache"]).toBe("hit");
    expect(await again.text()).toContain('name="robots" content="noindex, follow"');
  }
  const invalid = await request.get("/ru/press/news?page=abc");
  expect(await invalid.text()).toContain('role="alert"');
  expect((await request.get("/ru/press/news?page=9999")).status()).toBe(404);
  // The inner address is not a second copy of the list.
  const inner = await request.get("/ru/press/news-list/kind~news", { maxRedirects: 0 });
  expect(inner.status()).toBe(308);
  expect(inner.headers()["location"]).toMatch(/\/ru\/press\/news$/);
});

test("unsupported methods are a localized 405, and no response names the framework's cache", async ({ request }) => {
  for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
    const response = await request.fetch("/api/health", { method });
    expect(response.status()).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD, POST, OPTIONS");
  }
  expect(await (await request.fetch("/ru/press/news", { method: "TRACE" })).text()).toContain("Метод не поддерживается");
  for (const path of ["/ru", "/ru/press/news?kind=news", "/ru/feed.xml", "/api/health", "/sitemap.xml"]) {
    const names = Object.keys((await request.get(path)).headers());
    expect(names.filter((n) => n.startsWith("x-nextjs-"))).toEqual([]);
  }
});

test("a server action's body over 2 MB is a localized 413, its body dropped unread", async ({ request }) => {
  const response = await request.post("/admin/sign-in", {
    headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
    data: "x".repeat(3 * 1024 * 1024),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("Слишком большой запрос");
});
