import http from "node:http";
import autocannon from "autocannon";
import { beforeAll, describe, expect, it } from "vitest";
import { runLoad } from "../../scripts/bench/lib/load";
import { serverPorts } from "../support/raw-http";

const BODY = Buffer.from(`<p>${"Инновационные регионы России. ".repeat(2000)}</p>`);
const listen = serverPorts("file");
let base = "";
let answered = 0;

beforeAll(async () => {
  const server = http.createServer((_req, res) => {
    answered++;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": BODY.length }).end(BODY);
  });
  base = `http://127.0.0.1:${await listen(server)}`;
});

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
