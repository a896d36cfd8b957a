import http from "node:http";
import type net from "node:net";
import { afterAll, beforeAll } from "vitest";
import { createDrain } from "@/server/http/drain";
import { createHandler } from "@/server/http/handler";

type Handle = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

// The whole request layer of server/index.ts around `handle`, a stand-in for Next.js, listening
// for the file's tests; `port()` is known once they start.
export function serveRequestLayer(handle: Handle) {
  const server = http.createServer();
  let port = 0;
  beforeAll(async () => {
    server.on(
      "request",
      createHandler(
        handle,
        createDrain(server, 10_000, () => {}),
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  return { port: () => port };
}
