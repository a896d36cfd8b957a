import http from "node:http";
import { BROWSER_HEADERS, needsVisitorAddress, visitorAddress } from "./load.ts";

// One request with node:http (fetch would decompress): status, headers and the body bytes
// exactly as they came over the wire.
export type Wire = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number };

export function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Wire> {
  const started = performance.now();
  const extra = needsVisitorAddress(path) ? { "x-forwarded-for": visitorAddress() } : {};
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(path, base), { headers: { ...extra, ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
      res.on("error", reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: ${path}`)));
    req.on("error", reject);
  });
}

export type Sizes = { status: number; raw: number; compressed: number; encoding: string; contentType: string; html: Buffer; firstMs: number };

// The uncompressed answer (no Accept-Encoding) and the answer a browser gets (br, gzip).
// The first of the two requests is also the page's first, cold request when run right
// after start-up.
export async function measureSizes(base: string, path: string): Promise<Sizes> {
  const plain = await get(base, path, { "user-agent": BROWSER_HEADERS["user-agent"] });
  const packed = await get(base, path, BROWSER_HEADERS);
  return {
    status: plain.status,
    raw: plain.body.length,
    compressed: packed.body.length,
    encoding: String(packed.headers["content-encoding"] ?? "identity"),
    contentType: String(plain.headers["content-type"] ?? "text/html; charset=utf-8"),
    html: plain.body,
    firstMs: plain.ms,
  };
}

// The scripts a page loads from /_next/static (src attributes of <script> tags), with
// their compressed and uncompressed sizes: what a first visit downloads before chunks the
// page may load later. Lighthouse (npm run bench:lighthouse) counts those too.
export async function scriptWeight(base: string, html: string): Promise<{ count: number; raw: number; compressed: number }> {
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&")))].filter((s) =>
    s.startsWith("/_next/"),
  );
  let raw = 0;
  let compressed = 0;
  for (const src of srcs) {
    raw += (await get(base, src)).body.length;
    compressed += (await get(base, src, BROWSER_HEADERS)).body.length;
  }
  return { count: srcs.length, raw, compressed };
}

export const kb = (bytes: number) => (bytes >= 10_240 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024).toFixed(1)} KB`);
