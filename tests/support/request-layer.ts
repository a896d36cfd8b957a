import http from "node:http";
import { beforeAll } from "vitest";
import { createDrain } from "@/server/http/drain";
import { createHandler } from "@/server/http/handler";
import { serverPorts } from "./raw-http";

type Handle = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

// The whole request layer of server/index.ts around `handle`, a stand-in for Next.js, listening
// for the file's tests; `port()` is known once they start.
export function serveRequestLayer(handle: Handle) {
  const listen = serverPorts("file");
  let port = 0;
  beforeAll(async () => {
    const server = http.createServer();
    server.on(
      "request",
      createHandler(
        handle,
        createDrain(server, 10_000, () => {}),
      ),
    );
    port = await listen(server);
  });
  return { port: () => port };
}
