import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";

// The server gives nonces only to markup it recognises as the framework's (server/http/
// script-nonce.ts). This holds that recognition to the real production build: if an upgrade
// of Next.js or React changes the markup, scripts lose their nonce and these tests fail here,
// not in production. next and react are pinned to exact versions in package.json for this.

// Every page the build prerendered, from its own manifest (read once the server has built).
const prerendered = () =>
  Object.keys(JSON.parse(fs.readFileSync(".next/prerender-manifest.json", "utf8")).routes as Record<string, unknown>)
    .filter((path) => /^\/(ru|en)(\/|$)/.test(path) && !/\.\w+$/.test(path))
    .sort();
// Pages rendered per request: lists with queries, search, an unknown address, the back office.
const dynamic = [
  "/ru/press/news?page=2",
  "/en/press/news?region=tatarstan",
  "/ru/search?q=регион",
  "/en/search?q=region",
  "/ru/press/news/no-such-article-here",
  "/en/no-such-page",
  "/admin/sign-in",
];

async function scriptsWithoutTheNonce(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path);
  expect(response.headers()["content-type"], path).toContain("text/html");
  const nonce = /script-src 'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce, `${path}: the policy names a nonce`).toBeTruthy();
  const html = await response.text();
  const tags = [...html.matchAll(/<script\b[^>]*>|<link\b[^>]*\bas="script"[^>]*>/g)].map((m) => m[0]);
  // A missing page is drawn by the server without scripts (server/http/not-found-page.ts); the
  // 404 page's own address is a whole page with its scripts.
  if (response.status() === 404 && !path.endsWith("/page-not-found")) {
    expect(tags, `${path}: a 404 page has no scripts`).toEqual([]);
    return [];
  }
  expect(tags.length, `${path}: scripts found`).toBeGreaterThan(2);
  return tags.filter((tag) => !/type="application\/(ld\+)?json"/.test(tag) && !tag.includes(` nonce="${nonce}"`)).map((tag) => `${path}: ${tag.slice(0, 120)}`);
}

test("every script of every prerendered page and of dynamic pages carries the response's nonce", async ({ request }) => {
  test.setTimeout(180_000);
  const pages = prerendered();
  expect(pages.length).toBeGreaterThan(50);
  const missing: string[] = [];
  for (const path of [...pages, ...dynamic]) missing.push(...(await scriptsWithoutTheNonce(request, path)));
  expect(missing).toEqual([]);
});

// One page of each kind in a real browser: no violation reported, and React hydrated it.
const sample = [
  "/ru",
  "/en/about/history",
  "/ru/regions",
  "/en/projects/techsuccess",
  "/ru/press/news",
  "/en/press/gallery",
  "/ru/search?q=регион",
  "/en/press/news/no-such-article-here",
  "/admin/sign-in",
];

test("pages of every kind hydrate without a single policy violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of sample) {
    const response = await page.goto(path, { waitUntil: "networkidle" });
    // A 404 page has no scripts to hydrate; it must still be whole.
    if (response!.status() === 404) {
      await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
      continue;
    }
    // React marks the nodes it has hydrated with its fiber; a page whose scripts were refused has none.
    await expect
      .poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith("__reactFiber"))), { message: `${path} hydrated` })
      .toBe(true);
  }
  expect(violations).toEqual([]);
});

// A request that names its own policy must not change what the next visitor gets.
test("a Content-Security-Policy request header changes nothing for anyone", async ({ request }) => {
  for (const path of ["/ru/press/news?page=1", "/en/about"]) {
    const poisoned = await request.get(path, {
      headers: { "Content-Security-Policy": "script-src 'nonce-PWNED'", "Content-Security-Policy-Report-Only": "script-src 'nonce-PWNED'" },
    });
    expect(await poisoned.text()).not.toContain("PWNED");
    const next = await request.get(path);
    expect(await next.text()).not.toContain("PWNED");
    expect(await scriptsWithoutTheNonce(request, path)).toEqual([]);
  }
});
