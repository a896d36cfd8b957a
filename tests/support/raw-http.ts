import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, afterEach } from "vitest";

export type RawAnswer = { answer: string; reset: boolean };

// Starts a test's servers on free ports and closes them after each test (or, with "file", after
// the file's last); answers the port.
export function serverPorts(scope: "test" | "file" = "test") {
  const servers: http.Server[] = [];
  (scope === "file" ? afterAll : afterEach)(() => Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r)))));
  return async (server: http.Server) => {
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    return (server.address() as AddressInfo).port;
  };
}

// Writes a request byte for byte, as a client that sends it in one go; answers what came back
// and whether the connection was reset rather than closed.
export function rawRequest(port: number, send: (socket: net.Socket) => void, encoding: BufferEncoding): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let answer = "";
    let reset = false;
    socket.on("data", (d) => (answer += d.toString(encoding)));
    socket.on("error", (e: NodeJS.ErrnoException) => (reset ||= e.code === "ECONNRESET" || e.code === "EPIPE"));
    socket.on("close", () => resolve({ answer, reset }));
    socket.on("connect", () => send(socket));
  });
}

// A plain GET, its headers and its whole body.
export function getRaw(port: number, path: string, headers: http.OutgoingHttpHeaders = {}) {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) =>
    http
      .get({ port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject),
  );
}
