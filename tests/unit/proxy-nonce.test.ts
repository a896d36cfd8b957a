import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { dropPlaceholderHeader, placeholderFor, placeholderProblem, readPlaceholder } from "../../server/http/proxy-nonce";

const SECRET = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4";
const request = (headers: Record<string, string | string[]>) => ({ headers: { ...headers } }) as unknown as IncomingMessage;

describe("the proxy's nonce placeholder", () => {
  it("is used only for a request that sends the configured secret", () => {
    expect(placeholderFor(request({ "x-nonce-placeholder": SECRET }), SECRET)).toBe(SECRET);
    expect(placeholderFor(request({ "x-nonce-placeholder": SECRET.replace("a", "b") }), SECRET)).toBeNull();
    expect(placeholderFor(request({ "x-nonce-placeholder": SECRET.slice(1) }), SECRET)).toBeNull();
    expect(placeholderFor(request({ "x-nonce-placeholder": [SECRET, SECRET] }), SECRET)).toBeNull();
    expect(placeholderFor(request({}), SECRET)).toBeNull();
  });

  it("is never used when none is configured, whatever the request sends", () => {
    expect(placeholderFor(request({ "x-nonce-placeholder": SECRET }), null)).toBeNull();
    expect(readPlaceholder({})).toBeNull();
  });

  it("must be long and plain enough to be a secret and a valid nonce", () => {
    expect(placeholderProblem({ PROXY_NONCE_PLACEHOLDER: SECRET })).toBeNull();
    expect(placeholderProblem({})).toBeNull();
    for (const bad of ["short1234", `${SECRET}"`, `${SECRET} x`, "ü".repeat(30)]) {
      expect(placeholderProblem({ PROXY_NONCE_PLACEHOLDER: bad })).toMatch(/PROXY_NONCE_PLACEHOLDER/);
      expect(readPlaceholder({ PROXY_NONCE_PLACEHOLDER: bad })).toBeNull();
    }
  });

  it("is taken off the request before the application sees it", () => {
    const req = request({ "x-nonce-placeholder": SECRET, accept: "text/html" });
    dropPlaceholderHeader(req);
    expect(req.headers).toEqual({ accept: "text/html" });
  });
});
