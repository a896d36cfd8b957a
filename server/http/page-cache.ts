// Public pages as Next.js last wrote them, replayed without Next.js: serving a page from
// Next.js's own cache costs a few milliseconds of CPU in its router and renderer, a replay a
// fraction of that. A replay goes through the same wrappers as Next.js's output, so each
// response still gets its own nonce and compression.
// Kept: complete 200 HTML answers to plain GETs of /ru and /en pages (the normalized path
// decides, preview excluded), from requests without a session or preview cookie (parsed),
// whose serving logged no error, and only when the response allows it: no private, no-store
// or no-cache, no cookie set, no Vary on anything but the router headers this cache keys on.
// Dropped: everything, whenever any content changes (lib/publishing/invalidate.ts counts
// changes on globalThis), and after PAGE_CACHE_TTL_MS. Held within the shared memory budget.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { cacheSpace, stringSize } from "../cache/memory-budget.mjs";
import { LocaleLinkWriter, markLinksPointed } from "./locale-links.ts";
import { canonicalPath, hasPrivateCookie, splitUrl } from "./request-path.ts";

const GENERATION = Symbol.for("airr.pages.generation");
const generation = () => Number((globalThis as Record<symbol, unknown>)[GENERATION] ?? 0);

const PUBLIC = /^\/(?:ru|en)(?:\/|$)/;
const PREVIEW = /^\/(?:ru|en)\/preview(?:\/|$)/;
// Requests from the client router ask for other representations of the same address; they
// are never served from here, so a response may vary on these (and on the encoding, which is
// applied after this cache) and still be kept for requests without them.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
const KEYED_VARY = new Set([...ROUTER_HEADERS, "accept-encoding"]);
const UNSHARED = /(?:^|,)\s*(?:private|no-store|no-cache)\s*(?:[,=]|$)/i;
// Written afresh for every response, or by the layers after Next.js.
const PER_RESPONSE = new Set([
  "x-request-id",
  "content-security-policy",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "etag",
]);
const MAX_BODY = 2 * 1024 * 1024;

type Page = { headers: OutgoingHttpHeaders; body: string; generation: number; storedAt: number };
const pages = cacheSpace<Page>("page");
const ttlMs = () => Number(process.env.PAGE_CACHE_TTL_MS ?? 60_000) || 60_000;

export function isCacheableRequest(req: IncomingMessage): boolean {
  const { path: rawPath, query } = splitUrl(req.url ?? "");
  const path = canonicalPath(rawPath);
  if (req.method !== "GET" || !PUBLIC.test(path) || PREVIEW.test(path) || /[?&]_rsc=/.test(query)) return false;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return false;
  return !hasPrivateCookie(req.headers.cookie);
}

export function replayPage(req: IncomingMessage, res: ServerResponse): boolean {
  const key = req.url ?? "";
  const page = pages.get(key);
  if (!page) return false;
  if (page.generation !== generation() || Date.now() - page.storedAt > ttlMs()) {
    pages.delete(key);
    return false;
  }
  res.statusCode = 200;
  for (const [name, value] of Object.entries(page.headers)) if (value !== undefined) res.setHeader(name, value);
  res.setHeader("X-Page-Cache", "hit");
  markLinksPointed(res);
  res.end(page.body);
  return true;
}

// Wraps res (outside the nonce layer) to keep what Next.js writes; stored on end if it may be.
export function recordPage(req: IncomingMessage, res: ServerResponse, mayStore: () => boolean): void {
  const key = req.url ?? "";
  const startedAt = generation();
  const { writeHead, write, end } = res;
  // Next.js sends a page from its cache as one string: kept as it is, that string is the same
  // object as Next.js's entry and the nonce template's key, so the page is held once, not thrice.
  const chunks: (Buffer | string)[] = [];
  let size = 0;
  let headers: OutgoingHttpHeaders | null = null;
  const snapshot = (inline?: unknown) => {
    headers ??= { ...res.getHeaders(), ...lowerCased(inline) };
  };
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (size > MAX_BODY || chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string" && (encoding === undefined || encoding === "utf8" || encoding === "utf-8" || typeof encoding === "function")) {
      size += Buffer.byteLength(chunk);
      chunks.push(chunk);
      return;
    }
    const bytes =
      typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
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
      const sent =
        chunks.length === 1 && typeof chunks[0] === "string"
          ? chunks[0]
          : Buffer.concat(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c))).toString("utf8");
      const body = withLocaleLinks(req.url, sent);
      pages.set(key, { headers: perPage(headers), body, generation: startedAt, storedAt: Date.now() }, stringSize(body) + 1024);
    }
    return result;
  } as typeof res.end;
}

// Kept with its language link already pointing at the translation (the writer's result depends
// on the address and the text alone). Replayed, the page then skips the writer and reaches the
// nonce layer as the same string its template is keyed by; rewritten on every replay it was a
// new copy of the page each time, and a new template lookup over all of it.
function withLocaleLinks(url: string | undefined, text: string): string {
  const writer = new LocaleLinkWriter(url);
  const out = writer.apply(text);
  const rest = writer.flush();
  return rest.length === 0 ? (out as string) : `${out as string}${rest.toString("utf8")}`;
}

export function isStorable(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200 || !String(headers["content-type"] ?? "").startsWith("text/html") || headers["set-cookie"] !== undefined) return false;
  if (UNSHARED.test(listOf(headers["cache-control"]))) return false;
  const vary = listOf(headers["vary"])
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return vary.every((name) => KEYED_VARY.has(name));
}

const listOf = (value: OutgoingHttpHeaders[string]) => (Array.isArray(value) ? value.join(",") : String(value ?? ""));

function perPage(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));
}

function lowerCased(headers: unknown): OutgoingHttpHeaders {
  if (typeof headers !== "object" || headers === null) return {};
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
