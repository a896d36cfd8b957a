import { afterEach, describe, expect, it } from "vitest";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, sessionCookieName, usesSecureCookies } from "../../lib/auth/cookie";

const original = process.env.SITE_URL;
afterEach(() => {
  if (original === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = original;
});

describe("session cookie", () => {
  it("carries the __Host- prefix and Secure behind HTTPS", () => {
    process.env.SITE_URL = "https://airr.example.org";
    expect(usesSecureCookies()).toBe(true);
    expect(sessionCookieName()).toBe("__Host-airr_session");
  });

  it("has no prefix on plain HTTP, where browsers would drop a __Host- cookie", () => {
    process.env.SITE_URL = "http://localhost:3000";
    expect(usesSecureCookies()).toBe(false);
    expect(sessionCookieName()).toBe("airr_session");
  });

  it("ends idle sessions well before the absolute limit", () => {
    expect(SESSION_IDLE_SECONDS).toBeLessThan(SESSION_ABSOLUTE_SECONDS);
  });
});
