import http from "node:http";
import { describe, expect, it } from "vitest";
import { isOversizedAction, sendPayloadTooLarge } from "../../server/http/plain-pages";
import { rawRequest, serverPorts } from "../support/raw-http";

// A server action's body over its limit, written in one go as a browser or an API client does:
// the server must answer 413 and let the client finish writing. Answering at once and closing
// left most of the body unread, and the client saw EPIPE or a reset instead of the 413.
const listen = serverPorts();

const serve = (discardMs?: number) =>
  listen(http.createServer((req, res) => (isOversizedAction(req) ? sendPayloadTooLarge(req, res, discardMs) : res.end("ok"))));

function post(port: number, body: string, sendAll = true) {
  const head = `POST /en/admin/sign-in HTTP/1.1\r\nHost: localhost\r\nNext-Action: ${"0".repeat(42)}\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
  return rawRequest(port, (socket) => (sendAll ? socket.end(head + body) : socket.write(head + body.slice(0, 1024))), "utf8");
}

describe("a server action's body over the limit", () => {
  it("gets a localized 413 after the whole body is written, without a reset", async () => {
    const port = await serve();
    for (let i = 0; i < 3; i++) {
      const result = await post(port, "x".repeat(12 * 1024 * 1024));
      expect(result.reset).toBe(false);
      expect(result.answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(result.answer).toContain("Connection: close");
      expect(result.answer).toContain('<html lang="en">');
    }
  });

  it("is answered after the wait when the rest never comes", async () => {
    const port = await serve(200);
    const started = Date.now();
    const result = await post(port, "x".repeat(3 * 1024 * 1024), false);
    expect(result.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("leaves a body under the limit to the application", async () => {
    const result = await post(await serve(), "x".repeat(1024));
    expect(result.answer).toMatch(/^HTTP\/1\.1 200 /);
  });
});
