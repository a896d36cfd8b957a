import http, { type IncomingMessage } from "node:http";
import type net from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDrain } from "@/server/http/drain";
import { createHandler } from "@/server/http/handler";
import { gateLimits, isGated, renderGateProblem } from "@/server/http/render-gate";

let server: http.Server | null = null;

afterEach(() => {
  vi.unstubAllEnvs();
  server?.closeAllConnections();
  server?.close();
});

// The real request layer around a stand-in for Next.js that holds every response until the
// test releases it, so the test sees how many requests are inside "Next.js" at once.
async function gatedServer(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const held: Array<() => void> = [];
  let inside = 0;
  let most = 0;
  const handle = async (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inside++;
    most = Math.max(most, inside);
    await new Promise<void>((resolve) => held.push(resolve));
    inside--;
    res.writeHead(200, { "Content-Type": "text/plain" }).end("rendered");
  };
  server = http.createServer({ keepAlive: false });
  server.on(
    "request",
    createHandler(
      handle,
      createDrain(server, 10_000, () => {}),
    ),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  const get = (path: string) =>
    fetch(`http://127.0.0.1:${port}${path}`).then(async (r) => ({ status: r.status, body: await r.text(), retry: r.headers.get("retry-after") }));
  const releaseAll = () => held.splice(0).forEach((resolve) => resolve());
  return { get, releaseAll, held, most: () => most };
}

const until = async (ok: () => boolean, ms = 3_000) => {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
};

describe("render gate", () => {
  it("lets no more than RENDER_CONCURRENCY requests into Next.js at once and serves the rest in turn", async () => {
    const site = await gatedServer({ RENDER_CONCURRENCY: "3", RENDER_QUEUE_MAX: "50" });
    const answers = Promise.all(Array.from({ length: 12 }, (_, i) => site.get(`/ru/press/news/n-${i}`)));
    await until(() => site.held.length === 3);
    await new Promise((r) => setTimeout(r, 100));
    expect(site.held.length).toBe(3);
    // Released three at a time: each release lets the next ones in, never more than three.
    const released = setInterval(site.releaseAll, 20);
    const results = await answers;
    clearInterval(released);
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(site.most()).toBe(3);
  });

  it("answers a localized 503 with Retry-After once the line is full, and files and probes never wait", async () => {
    const site = await gatedServer({ RENDER_CONCURRENCY: "1", RENDER_QUEUE_MAX: "1" });
    const first = site.get("/ru/a");
    const second = site.get("/ru/b");
    await until(() => site.held.length === 1);
    const refusedRu = await site.get("/ru/c");
    const refusedEn = await site.get("/en/c");
    expect(refusedRu).toMatchObject({ status: 503, retry: "5" });
    expect(refusedRu.body).toContain("Сервер перегружен");
    expect(refusedEn.body).toContain("The server is busy");
    // A probe is answered by Next.js too, but must not queue behind renders.
    const probe = site.get("/api/health/live");
    await until(() => site.held.length === 2);
    expect(site.held.length).toBe(2);
    const released = setInterval(site.releaseAll, 20);
    expect((await Promise.all([first, second, probe])).map((r) => r.status)).toEqual([200, 200, 200]);
    clearInterval(released);
  });

  it("refuses a request that waited longer than RENDER_WAIT_MS", async () => {
    const site = await gatedServer({ RENDER_CONCURRENCY: "1", RENDER_WAIT_MS: "200" });
    const first = site.get("/ru/a");
    await until(() => site.held.length === 1);
    const started = Date.now();
    const waited = await site.get("/en/b");
    expect(waited.status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
    site.releaseAll();
    expect((await first).status).toBe(200);
  });

  it("checks its settings", () => {
    expect(gateLimits({})).toEqual({ concurrency: 8, queueMax: 512, waitMs: 15_000 });
    expect(renderGateProblem({ RENDER_CONCURRENCY: "0" })).toMatch(/RENDER_CONCURRENCY must be a whole number from 1/);
    expect(renderGateProblem({ RENDER_WAIT_MS: "soon" })).toMatch(/RENDER_WAIT_MS/);
    expect(renderGateProblem({})).toBeNull();
  });
});

describe("which requests wait for a render's place", () => {
  const gated = (url: string) => isGated({ url } as IncomingMessage);
  it("pages do; files, archives, probes and the prerendered 404 page, which a 404 being drawn waits for, do not", () => {
    expect(gated("/ru/press/news")).toBe(true);
    expect(gated("/ru/no-such-page")).toBe(true);
    expect(gated("/ru/page-not-found")).toBe(false);
    expect(gated("/en/page-not-found?x=1")).toBe(false);
    expect(gated("/ru/page-not-found-but-longer")).toBe(true);
    expect(gated("/ru/press/gallery/album/photos.zip")).toBe(false);
    expect(gated("/api/health")).toBe(false);
  });
});
