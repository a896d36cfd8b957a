import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDrain } from "@/server/http/drain";

const GRACE_MS = 300;
let server: http.Server | null = null;

// A server whose handler is gated by the drain as server/http/handler.ts gates it.
// A request for /slow sends its headers and first bytes at once and its last when `finishSlow` is called.
async function drainedServer() {
  const exits: number[] = [];
  let finishSlow = () => {};
  server = http.createServer();
  const drain = createDrain(server, 10_000, (code) => exits.push(code), GRACE_MS);
  server.on("request", (req, res) => {
    if (!drain.admits()) return res.writeHead(503).end("shutting down");
    drain.track(res);
    if (req.url !== "/slow") return res.end("ok");
    res.write("first part");
    finishSlow = () => res.end("last part");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { drain, exits, port: (server.address() as net.AddressInfo).port, finishSlow: () => finishSlow() };
}

// One raw kept-alive connection, so the test decides when each request is written.
function connection(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  let received = "";
  let closed = false;
  socket.on("data", (chunk) => (received += chunk));
  socket.on("error", () => {});
  socket.on("close", () => (closed = true));
  const send = (path = "/") => socket.write(`GET ${path} HTTP/1.1\r\nHost: test\r\nConnection: keep-alive\r\n\r\n`);
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

  it("closes a connection whose answer began before the signal once that answer is done", async () => {
    const { drain, port, finishSlow } = await drainedServer();
    const client = connection(port);
    client.send("/slow");
    await until(() => client.responses().length === 1);
    drain.start("SIGTERM");
    finishSlow();
    // Closed at once, not at the end of the grace: a next request would be written after the signal.
    await until(() => client.closed(), GRACE_MS / 2);
    expect(client.responses()).toHaveLength(1);
    expect(client.responses()[0]).toMatch(/keep-alive/i);
    expect(client.responses()[0]).toMatch(/last part/);
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
