import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createLocalInvalidator } from "../../lib/publishing/local-invalidation";
import { schedulerToken } from "../../lib/publishing/scheduler-token";

type Received = { tags: string[]; token: string | undefined; final?: boolean };
let server: http.Server | null = null;

// A stand-in for /api/internal/invalidate answering with the given statuses in turn (then 204).
async function route(statuses: number[], port = 0) {
  const received: Received[] = [];
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const { tags, final } = JSON.parse(body) as { tags: string[]; final?: boolean };
      received.push({ tags, token: req.headers["x-scheduler-token"] as string | undefined, ...(final !== undefined && { final }) });
      res.writeHead(statuses.shift() ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/internal/invalidate`, received };
}

const until = async (condition: () => boolean, ms = 3_000) => {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
};

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe("local invalidation", () => {
  it("sends the tags with this process's token", async () => {
    const { url, received } = await route([]);
    createLocalInvalidator(url)(["articles", "region:kazan"]);
    await until(() => received.length === 1);
    expect(received).toEqual([{ tags: ["articles", "region:kazan"], token: schedulerToken() }]);
  });

  it("marks the settling expiry as final, so the route schedules no further one", async () => {
    const { url, received } = await route([]);
    createLocalInvalidator(url, { final: true })(["articles"]);
    await until(() => received.length === 1);
    expect(received).toEqual([{ tags: ["articles"], token: schedulerToken(), final: true }]);
  });

  it("keeps the tags after a server error and sends them, merged with later ones, on retry", async () => {
    const { url, received } = await route([503]);
    const expire = createLocalInvalidator(url);
    expire(["articles"]);
    await until(() => received.length === 1);
    expire(["regions", "articles"]);
    await until(() => received.length === 2);
    expect(received.map((r) => [...r.tags].sort())).toEqual([["articles"], ["articles", "regions"]]);
  });

  it("retries while the server is not listening yet", async () => {
    const { url } = await route([]);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const expire = createLocalInvalidator(url);
    expire(["pages"]);
    await new Promise((r) => setTimeout(r, 100));
    const { received } = await route([], Number(new URL(url).port));
    await until(() => received.length === 1);
    expect(received.map((r) => r.tags)).toEqual([["pages"]]);
  });

  it("does not retry a refusal", async () => {
    const { url, received } = await route([400]);
    const expire = createLocalInvalidator(url);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expire(["x"]);
      await until(() => errors.length === 1);
      // A refused tag kept for a retry would go out again with the next one.
      expire(["y"]);
      await until(() => received.length === 2);
    } finally {
      console.error = original;
    }
    expect(received.map((r) => r.tags)).toEqual([["x"], ["y"]]);
    expect(errors).toHaveLength(1);
  });
});
