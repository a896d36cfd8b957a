import type http from "node:http";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { getRaw } from "../support/raw-http";
import { serveRequestLayer } from "../support/request-layer";

// The whole request layer (404 pages, nonces, the page cache, compression) around a stand-in
// for Next.js that sends a cacheable page, as Next.js sends one from its cache: one string.
const scripts = Array.from({ length: 20 }, (_, i) => `<script>self.__next_f.push([1,"${i}"])</script><p>${"Новость дня. ".repeat(40)}</p>`).join("");
const PAGE = `<!DOCTYPE html><html lang="ru"><head></head><body><header></header><main>${scripts}</main></body></html>`;
let rendered = 0;
const { port } = serveRequestLayer(async (_req, res) => {
  rendered++;
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "s-maxage=31536000" }).end(PAGE);
});

const get = (path: string, headers: http.OutgoingHttpHeaders = {}) => getRaw(port(), path, headers);

const nonceOf = (headers: http.IncomingHttpHeaders) => /'nonce-([^']+)'/.exec(String(headers["content-security-policy"]))?.[1];

describe("a cached page through the whole request layer", () => {
  it("is replayed with its length and every script carrying this response's nonce", async () => {
    await get("/ru/press/news/day");
    const replay = await get("/ru/press/news/day");
    expect(rendered).toBe(1);
    expect(replay.headers["x-page-cache"]).toBe("hit");
    // The 404 layer used to write the headers before the body reached the nonce layer: chunked.
    expect(replay.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(replay.headers["content-length"])).toBe(replay.body.length);
    const nonce = nonceOf(replay.headers);
    expect(replay.body.toString("utf8").match(/<script nonce="[^"]+">/g)).toEqual(Array(20).fill(`<script nonce="${nonce}">`));
  });

  it("is compressed for a client that asks, without a length that would no longer be true", async () => {
    await get("/ru/press/news/day");
    const gz = await get("/ru/press/news/day", { "Accept-Encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers["content-length"]).toBeUndefined();
    const text = zlib.gunzipSync(gz.body).toString("utf8");
    expect(text.match(/<script nonce="[^"]+">/g)).toEqual(Array(20).fill(`<script nonce="${nonceOf(gz.headers)}">`));
    expect(text.replace(/ nonce="[^"]+"/g, "")).toBe(PAGE);
  });
});
