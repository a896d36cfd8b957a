import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { secureResponse } from "../../server/http/html-response";

// A redirect as Next.js writes a page's redirect(): the Location header appended twice.
const server = http.createServer((req, res) => {
  secureResponse(req, res, { databaseFailedRecently: () => false, nonce: null });
  res.appendHeader("Location", "/ru/press/news/new-slug");
  res.appendHeader("Location", "/ru/press/news/new-slug");
  res.writeHead(307).end();
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

describe("responses through secureResponse", () => {
  it("send a redirect with one Location header", async () => {
    const raw = await new Promise<string[]>((resolve, reject) => http.get({ port, path: "/ru/x" }, (res) => resolve(res.rawHeaders)).on("error", reject));
    const locations = raw.filter((_, i) => i % 2 === 0 && raw[i]!.toLowerCase() === "location").length;
    expect(locations).toBe(1);
    expect(raw[raw.findIndex((h) => h.toLowerCase() === "location") + 1]).toBe("/ru/press/news/new-slug");
  });
});
