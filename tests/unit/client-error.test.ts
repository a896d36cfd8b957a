import http from "node:http";
import { describe, expect, it } from "vitest";
import { answerClientError } from "../../server/http/client-error";
import { rawRequest, serverPorts } from "../support/raw-http";

// A request with headers over Node's 16 KB limit, most of it still arriving when it is refused:
// the server must answer 431 and let the client finish writing. Node's own handler destroys the
// socket with the rest unread, and the client sees a reset (reproduced here with it, 4 of 4 runs).
const listen = serverPorts();

async function serve(withHandler: boolean) {
  const server = http.createServer((_req, res) => res.end("ok"));
  if (withHandler) server.on("clientError", answerClientError);
  return listen(server);
}

// Sends a request with 4 MB of headers in one go, as a client does, so that most of it is still
// arriving when the server refuses it; returns what came back and whether the connection was reset.
function oversized(port: number) {
  const filler = Array.from({ length: 1_000 }, (_, i) => `X-Filler-${i}: ${"x".repeat(4_000)}\r\n`).join("");
  return rawRequest(port, (socket) => socket.end(`GET /ru/search?q=${"A".repeat(9_000)} HTTP/1.1\r\nHost: localhost\r\n${filler}\r\n`), "latin1");
}

describe("a request too large for Node's header limit", () => {
  it("gets its 431 and a clean close", async () => {
    const result = await oversized(await serve(true));
    expect(result.answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(result.reset).toBe(false);
  });
});
