import { describe, expect, it } from "vitest";
import { logLevelProblem, loggedUrl } from "../../server/log.mjs";

describe("request lines keep the query, not the secrets in it", () => {
  it.each([
    ["/ru/search?q=%D1%80%D0%B5&p=2", "/ru/search?q=%D1%80%D0%B5&p=2"],
    ["/api/auth/reset-password?token=abc123&callbackURL=/admin", "/api/auth/reset-password?token=[redacted]&callbackURL=/admin"],
    ["/x?PASSWORD=1&api_key=2&Signature=3&email=a%40b.ru", "/x?PASSWORD=[redacted]&api_key=[redacted]&Signature=[redacted]&email=[redacted]"],
    ["/x?%74oken=abc", "/x?%74oken=[redacted]"],
    ["/ru/press/news", "/ru/press/news"],
  ])("%s", (url, logged) => {
    expect(loggedUrl(url)).toBe(logged);
  });
});

describe("LOG_LEVEL", () => {
  it("accepts pino's levels and refuses anything else with one sentence", () => {
    expect(logLevelProblem("debug")).toBeNull();
    expect(logLevelProblem(undefined)).toBeNull();
    expect(logLevelProblem("loud")).toMatch(/^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
  });
});
