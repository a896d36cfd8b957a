import { expect, test } from "@playwright/test";

// What next.config.ts promises, on a prerendered page, a dynamic one, the back office,
// a media object and an API route of the running production server.
for (const path of ["/ru", "/en/search?q=regions", "/en/press/news", "/admin/sign-in", "/api/health", "/robots.txt"]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const h = response.headers();
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-powered-by"]).toBeUndefined();
  });
}
