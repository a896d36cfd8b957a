import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDrain } from "@/server/http/drain";

const GRACE_MS = 300;
let server: http.Server | null = null;

// A server whose handler is gated by the drain as server/http/handler.ts gates it.
async function drainedServer() {
  const exits: number[] = [];
  server = http.createServer();
  const drain = createDrain(server, 10_000, (code) => exits.push(code), GRACE_MS);
  server.on("request", (_req, res) => {
    if (!drain.admits()) return res.writeHead(503).end("shutting down");
    drain.track(res);
    res.end("ok");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { drain, exits, port: (server.address() as net.AddressInfo).port };
}

// One raw kept-alive connection, so the test decides when each request is written.
function connection(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  let received = "";
  let closed = false;
  socket.on("data", (chunk) => (received += chunk));
  socket.on("error", () => {});
  socket.on("close", () => (closed = true));
  const send = () => socket.write("GET / HTTP/1.1\r\nHost: test\r\nConnection: keep-alive\r\n\r\n");
  const responses = () => received.split("HTTP/1.1 ").slice(1);
  return { send, responses, closed: () => closed, socket };
}

const until = async (ok: () => boolean, ms = 2_000) => {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
};

afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

describe("graceful drain", () => {
  it("serves a request written onto a kept-alive connection just after the signal, then closes it", async () => {
    const { drain, port } = await drainedServer();
    const client = connection(port);
    client.send();
    await until(() => client.responses().length === 1);
    drain.start("SIGTERM");
    // The request was on its way when the signal came: it is answered, not reset unread.
    client.send();
    await until(() => client.responses().length === 2 && client.closed());
    expect(client.responses().map((r) => r.slice(0, 6))).toEqual(["200 OK", "200 OK"]);
    expect(client.responses()[1]).toMatch(/connection: close/i);
    expect(client.closed()).toBe(true);
  });

  it("refuses new connections at once and closes idle ones after the grace", async () => {
    const { drain, exits, port } = await drainedServer();
    const idle = connection(port);
    idle.send();
    await until(() => idle.responses().length === 1);
    drain.start("SIGTERM");
    const refused = await new Promise<string>((resolve) =>
      net
        .connect(port, "127.0.0.1")
        .on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? ""))
        .on("connect", () => resolve("connected")),
    );
    expect(refused).toBe("ECONNREFUSED");
    await new Promise((r) => setTimeout(r, GRACE_MS / 2));
    expect(idle.closed()).toBe(false);
    await until(() => idle.closed(), GRACE_MS * 3);
    expect(idle.closed()).toBe(true);
    await until(() => exits.length > 0);
    expect(exits).toEqual([0]);
  });
});
