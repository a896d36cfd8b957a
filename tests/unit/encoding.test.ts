import http from "node:http";
import type net from "node:net";
import zlib from "node:zlib";
import compression from "compression";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEncoding } from "@/server/http/encoding";

type Answer = { status?: number; headers: Record<string, string>; inline?: boolean };
// What a stand-in for Next.js answers at each path, its headers set before writeHead or given to it.
const ANSWERS: Record<string, Answer> = {
  "/page": { headers: { "Content-Type": "text/html; charset=utf-8", Vary: "rsc, next-router-state-tree" } },
  "/inline": { headers: { "Content-Type": "text/html; charset=utf-8", Vary: "rsc" }, inline: true },
  "/feed": { headers: { "Content-Type": "application/rss+xml; charset=utf-8" }, inline: true },
  "/image": { headers: { "Content-Type": "image/webp" } },
  "/kept": { headers: { "Content-Type": "text/html", "Cache-Control": "public, no-transform" } },
  "/redirect": { status: 308, headers: { Location: "/page" } },
};
const BODY = "Новость дня. ".repeat(500);

const servers: http.Server[] = [];
async function serve(middleware: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void) {
  const server = http.createServer((req, res) =>
    middleware(req, res, () => {
      const answer = ANSWERS[req.url ?? ""]!;
      if (!answer.inline) for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
      res.writeHead(answer.status ?? 200, answer.inline ? answer.headers : undefined).end(BODY);
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as net.AddressInfo).port;
}
const get = (port: number, path: string, headers: http.OutgoingHttpHeaders = {}) =>
  new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) =>
    http
      .get({ port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject),
  );

let ours = 0;
let middleware = 0;
beforeAll(async () => {
  ours = await serve(createEncoding());
  const compress = compression();
  middleware = await serve((req, res, next) => compress(req as never, res as never, next));
});
afterAll(() => servers.forEach((s) => s.close()));

describe("encoding", () => {
  it.each(Object.keys(ANSWERS))("answers %s without an Accept-Encoding with the headers the compression middleware gives", async (path) => {
    const [a, b] = await Promise.all([get(ours, path), get(middleware, path)]);
    expect(a.headers.vary).toEqual(b.headers.vary);
    expect(a.headers["content-encoding"]).toBeUndefined();
    expect(a.body.toString()).toBe(BODY);
  });

  it("names Accept-Encoding in Vary for compressible answers only, after the framework's own names", async () => {
    expect((await get(ours, "/page")).headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
    expect((await get(ours, "/inline")).headers.vary).toBe("rsc, Accept-Encoding");
    expect((await get(ours, "/image")).headers.vary).toBeUndefined();
    expect((await get(ours, "/kept")).headers.vary).toBeUndefined();
  });

  it("compresses for a client that asks", async () => {
    const gz = await get(ours, "/page", { "Accept-Encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(BODY);
  });
});
