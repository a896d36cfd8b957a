import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "../../lib/http/same-origin";

// A request as the Next.js server sees it without a proxy: Host is the address typed in.
const direct = { requestUrl: "http://localhost:3000/api/internal/jobs", siteUrl: "http://localhost:3000" };
const check = (headers: Record<string, string>, options: Partial<Parameters<typeof checkSameOrigin>[1]> = {}) =>
  checkSameOrigin(new Headers({ host: "localhost:3000", ...headers }), { ...direct, ...options });

describe("same-origin check of mutating route handlers", () => {
  it("accepts the site's own origin, whatever the case of the host", () => {
    expect(check({ origin: "http://localhost:3000" })).toEqual({ ok: true });
    expect(check({ origin: "http://LOCALHOST:3000" })).toEqual({ ok: true });
  });

  it("refuses a foreign origin, even one that merely starts like ours", () => {
    expect(check({ origin: "https://evil.example" })).toEqual({ ok: false, reason: "foreign-origin" });
    expect(check({ origin: "http://localhost.evil.example:3000" })).toEqual({ ok: false, reason: "foreign-origin" });
    expect(check({ origin: "chrome-extension://abcdef" })).toEqual({ ok: false, reason: "foreign-origin" });
  });

  it("refuses the opaque origin `null` even where a missing Origin is allowed", () => {
    expect(check({ origin: "null" }, { allowMissingOrigin: true })).toEqual({ ok: false, reason: "null-origin" });
    expect(check({ origin: "not a url" })).toEqual({ ok: false, reason: "malformed-origin" });
  });

  it("refuses a missing Origin unless the handler allows it, and never from a cross-site fetch", () => {
    expect(check({})).toEqual({ ok: false, reason: "missing-origin" });
    expect(check({}, { allowMissingOrigin: true })).toEqual({ ok: true });
    expect(check({ "sec-fetch-site": "cross-site" }, { allowMissingOrigin: true })).toEqual({ ok: false, reason: "cross-site" });
    expect(check({ "sec-fetch-site": "same-site" }, { allowMissingOrigin: true })).toEqual({ ok: false, reason: "cross-site" });
    expect(check({ "sec-fetch-site": "same-origin" }, { allowMissingOrigin: true })).toEqual({ ok: true });
  });

  it("refuses another port of the same host", () => {
    expect(check({ origin: "http://localhost:3001" })).toEqual({ ok: false, reason: "foreign-origin" });
    expect(check({ origin: "http://localhost" })).toEqual({ ok: false, reason: "foreign-origin" });
  });

  it("refuses the same host under the other scheme", () => {
    expect(check({ origin: "https://localhost:3000" })).toEqual({ ok: false, reason: "foreign-origin" });
    expect(check({ origin: "http://airr.example", host: "airr.example", "x-forwarded-proto": "https" })).toEqual({ ok: false, reason: "foreign-origin" });
  });

  it("accepts SITE_URL behind a TLS-terminating proxy that hides the public host and scheme", () => {
    const behindProxy = { requestUrl: "http://127.0.0.1:3000/api/internal/jobs", siteUrl: "https://airr.example" };
    expect(check({ host: "127.0.0.1:3000", origin: "https://airr.example" }, behindProxy)).toEqual({ ok: true });
    expect(check({ host: "127.0.0.1:3000", origin: "http://airr.example" }, behindProxy)).toEqual({ ok: false, reason: "foreign-origin" });
    expect(check({ host: "127.0.0.1:3000", origin: "https://evil.example" }, behindProxy)).toEqual({ ok: false, reason: "foreign-origin" });
  });

  it("accepts the host and scheme a proxy forwards, without SITE_URL naming them", () => {
    const forwarded = { host: "127.0.0.1:3000", "x-forwarded-host": "news.airr.example", "x-forwarded-proto": "https" };
    expect(check({ ...forwarded, origin: "https://news.airr.example" }, { siteUrl: "https://airr.example" })).toEqual({ ok: true });
    expect(check({ ...forwarded, origin: "https://other.airr.example" }, { siteUrl: "https://airr.example" })).toEqual({ ok: false, reason: "foreign-origin" });
  });
});
