// Public pages as Next.js last wrote them, replayed without Next.js: serving a page from
// Next.js's own cache costs a few milliseconds of CPU in its router and renderer, a replay a
// fraction of that. A replay goes through the same wrappers as Next.js's output, so each
// response still gets its own nonce and compression.
// Kept: complete 200 HTML answers to plain GETs of /ru and /en pages, from requests without a
// session or preview cookie, whose serving logged no error. Dropped: everything, whenever any
// content changes (lib/publishing/invalidate.ts counts changes on globalThis), and after TTL.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";

const GENERATION = Symbol.for("airr.pages.generation");
const generation = () => Number((globalThis as Record<symbol, unknown>)[GENERATION] ?? 0);

const PUBLIC = /^\/(?:ru|en)(?:[/?]|$)/;
const PREVIEW = /^\/(?:ru|en)\/preview(?:[/?]|$)/;
// The session cookie is named in lib/auth/cookie.ts.
const PRIVATE_COOKIE = /(?:^|;\s*)(?:(?:__Host-)?airr_session|[\w.-]*better-auth\.session_token|__prerender_bypass|__next_preview_data)=/;
// Requests from the client router ask for other representations of the same address.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
// Written afresh for every response, or by the layers after Next.js.
const PER_RESPONSE = new Set(["x-request-id", "content-security-policy", "date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag"]);
const MAX_BODY = 2 * 1024 * 1024;

type Page = { headers: OutgoingHttpHeaders; body: string; generation: number };
const pages = new LRUCache<string, Page>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (page) => page.body.length * 2 + 1024,
  ttl: Number(process.env.PAGE_CACHE_TTL_MS ?? 60_000) || 60_000,
});

export function isCacheableRequest(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  if (req.method !== "GET" || !PUBLIC.test(url) || PREVIEW.test(url) || /[?&]_rsc=/.test(url)) return false;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return false;
  return !PRIVATE_COOKIE.test(req.headers.cookie ?? "");
}

export function replayPage(req: IncomingMessage, res: ServerResponse): boolean {
  const key = req.url ?? "";
  const page = pages.get(key);
  if (!page) return false;
  if (page.generation !== generation()) {
    pages.delete(key);
    return false;
  }
  res.statusCode = 200;
  for (const [name, value] of Object.entries(page.headers)) if (value !== undefined) res.setHeader(name, value);
  res.setHeader("X-Page-Cache", "hit");
  res.end(page.body);
  return true;
}

// Wraps res (outside the nonce layer) to keep what Next.js writes; stored on end if it may be.
export function recordPage(req: IncomingMessage, res: ServerResponse, mayStore: () => boolean): void {
  const key = req.url ?? "";
  const startedAt = generation();
  const { writeHead, write, end } = res;
  const chunks: Buffer[] = [];
  let size = 0;
  let headers: OutgoingHttpHeaders | null = null;
  const snapshot = (inline?: unknown) => {
    headers ??= { ...res.getHeaders(), ...lowerCased(inline) };
  };
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (size > MAX_BODY || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    chunks.push(bytes);
  };
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    snapshot(args.find((arg) => typeof arg === "object" && arg !== null && !Array.isArray(arg)));
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.writeHead;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    if (!res.headersSent) snapshot();
    const result = (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    if (headers && size <= MAX_BODY && generation() === startedAt && isStorable(res.statusCode, headers) && mayStore()) {
      pages.set(key, { headers: perPage(headers), body: Buffer.concat(chunks).toString("utf8"), generation: startedAt });
    }
    return result;
  } as typeof res.end;
}

function isStorable(status: number, headers: OutgoingHttpHeaders): boolean {
  return status === 200 && String(headers["content-type"] ?? "").startsWith("text/html") && headers["set-cookie"] === undefined;
}

function perPage(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));
}

function lowerCased(headers: unknown): OutgoingHttpHeaders {
  if (typeof headers !== "object" || headers === null) return {};
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
