import http from "node:http";
import type net from "node:net";
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLoad } from "../../scripts/bench/lib/load";

const BODY = Buffer.from(`<p>${"Инновационные регионы России. ".repeat(2000)}</p>`);
let server: http.Server;
let base = "";
let answered = 0;

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    answered++;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": BODY.length }).end(BODY);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("the bench's load generator", () => {
  it("counts every byte of each answer", async () => {
    answered = 0;
    const result = await runLoad(base, { paths: ["/"], connections: 2, amount: 100 });
    expect(result.requests).toBe(100);
    expect(answered).toBe(100);
    expect(result.bytesPerRequest).toBeGreaterThan(BODY.length);
    expect(result.bytesPerRequest).toBeLessThan(BODY.length + 200);
  });

  it("leaves the answers' bodies undecoded (the Cyrillic would set its rate)", async () => {
    const bodies: string[] = [];
    await autocannon({ url: base, connections: 1, amount: 3, requests: [{ method: "GET", path: "/", onResponse: (_status, body) => bodies.push(body) }] });
    expect(bodies).toEqual(["", "", ""]);
  });
});
