import { describe, expect, it } from "vitest";
import { securityHeaders } from "../../lib/security-headers";

const asMap = (env: Record<string, string | undefined>) => Object.fromEntries(securityHeaders(env).map((h) => [h.key, h.value]));

describe("security headers", () => {
  it("forbid framing, plugins, a foreign base URL and MIME sniffing on every response", () => {
    const h = asMap({});
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(h["Content-Security-Policy"]).toContain("object-src 'none'");
    expect(h["Content-Security-Policy"]).toContain("base-uri 'none'");
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["Permissions-Policy"]).toContain("camera=()");
  });

  it("send HSTS only when the site is served over HTTPS", () => {
    expect(asMap({ SITE_URL: "http://localhost:3000" })["Strict-Transport-Security"]).toBeUndefined();
    expect(asMap({ SITE_URL: "https://airr.example.org" })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });
});
