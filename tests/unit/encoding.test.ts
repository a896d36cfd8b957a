import http from "node:http";
import zlib from "node:zlib";
import compression from "compression";
import { beforeAll, describe, expect, it } from "vitest";
import { createEncoding } from "@/server/http/encoding";
import { getRaw, serverPorts } from "../support/raw-http";

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

const listen = serverPorts("file");
const serve = (middleware: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void) =>
  listen(
    http.createServer((req, res) =>
      middleware(req, res, () => {
        const answer = ANSWERS[req.url ?? ""]!;
        if (!answer.inline) for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
        res.writeHead(answer.status ?? 200, answer.inline ? answer.headers : undefined).end(BODY);
      }),
    ),
  );
let ours = 0;
let middleware = 0;
beforeAll(async () => {
  ours = await serve(createEncoding());
  const compress = compression();
  middleware = await serve((req, res, next) => compress(req as never, res as never, next));
});

describe("encoding", () => {
  it.each(Object.keys(ANSWERS))("answers %s without an Accept-Encoding with the headers the compression middleware gives", async (path) => {
    const [a, b] = await Promise.all([getRaw(ours, path), getRaw(middleware, path)]);
    expect(a.headers.vary).toEqual(b.headers.vary);
    expect(a.headers["content-encoding"]).toBeUndefined();
    expect(a.body.toString()).toBe(BODY);
  });

  it("names Accept-Encoding in Vary for compressible answers only, after the framework's own names", async () => {
    expect((await getRaw(ours, "/page")).headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
    expect((await getRaw(ours, "/inline")).headers.vary).toBe("rsc, Accept-Encoding");
    expect((await getRaw(ours, "/image")).headers.vary).toBeUndefined();
    expect((await getRaw(ours, "/kept")).headers.vary).toBeUndefined();
  });

  it("compresses for a client that asks", async () => {
    const gz = await getRaw(ours, "/page", { "Accept-Encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(BODY);
  });
});
