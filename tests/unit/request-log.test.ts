import type http from "node:http";
import { describe, expect, it, vi } from "vitest";
import { getRaw } from "../support/raw-http";
import { serveRequestLayer } from "../support/request-layer";

const logged = vi.hoisted(() => [] as { msg: string; fields: Record<string, unknown> }[]);
vi.mock("@/server/log.mjs", async (original) => ({
  ...(await original<typeof import("@/server/log.mjs")>()),
  log: (_level: string, msg: string, fields: Record<string, unknown> = {}) => logged.push({ msg, fields }),
}));

// A stand-in for Next.js that answers the first request only when the second arrives, from the
// second one's work, as a render shared by two requests does.
let parked: http.ServerResponse | null = null;
const { port } = serveRequestLayer(async (_req, res) => {
  if (!parked) return void (parked = res);
  for (const r of [parked, res]) r.writeHead(200, { "Content-Type": "text/plain", "Cache-Control": "private, no-store" }).end("ok");
});

const get = async (path: string, id: string) => (await getRaw(port(), path, { "x-request-id": id })).headers["x-request-id"];

describe("request lines", () => {
  it("carry their own request's id, even when another request's work ended the response", async () => {
    const first = get("/ru/first", "first-request-0001");
    await vi.waitFor(() => expect(parked).not.toBeNull());
    const second = get("/ru/second", "second-request-0002");
    expect(await Promise.all([first, second])).toEqual(["first-request-0001", "second-request-0002"]);
    await vi.waitFor(() => expect(logged.filter((l) => l.msg === "request")).toHaveLength(2));
    const lines = logged.filter((l) => l.msg === "request").map((l) => [l.fields.url, l.fields.requestId]);
    expect(lines.sort()).toEqual([
      ["/ru/first", "first-request-0001"],
      ["/ru/second", "second-request-0002"],
    ]);
  });
});
