// Wraps a response before Next.js writes to it: HTML gets a fresh script nonce and the page
// policy that names it and the visitor's accessible-version settings on <html>; a 500 caused by an unreachable database becomes a 503 with Retry-After.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { pagePolicy } from "../../lib/security-headers.ts";
import { log } from "../log.mjs";
import { a11yMarks, HtmlAttributeWriter } from "./a11y-mode.ts";
import { LocaleLinkWriter, linksPointed } from "./locale-links.ts";
import { ScriptNonceInjector } from "./script-nonce.ts";

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;
// nonce: the proxy's placeholder for this request (see proxy-nonce.ts), or null to draw one.
export type HtmlResponseOptions = { databaseFailedRecently: () => boolean; nonce: string | null };

export function secureResponse(req: IncomingMessage, res: ServerResponse, options: HtmlResponseOptions): void {
  // Stored media set their own, stricter policy.
  const media = req.url?.startsWith("/media/") ?? false;
  // The client router reads Next.js's x-nextjs-* headers on its own (RSC) requests; on any other
  // response they only tell a visitor which framework and cache answered.
  const frameworkHeaders = req.headers.rsc !== undefined;
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  let injector: ScriptNonceInjector | null = null;
  const htmlAttributes = new HtmlAttributeWriter(a11yMarks(req));
  const localeLinks = new LocaleLinkWriter(req.url);
  const pointLinks = (chunk: Buffer | string) => (linksPointed(res) ? chunk : localeLinks.apply(chunk));
  // The body end() was called with, while its headers are written; then its finished pieces.
  let ending: { chunk: Chunk | undefined; encoding: BufferEncoding | undefined } | null = null;
  let finalParts: Buffer[] | null = null;
  const bodyParts = (chunk: Chunk | undefined, encoding: BufferEncoding | undefined): Buffer[] => {
    const last = chunk === undefined || chunk === null ? [] : injector!.pushParts(pointLinks(htmlAttributes.apply(toBuffer(chunk, encoding))));
    return [...last, ...injector!.pushParts(localeLinks.flush()), injector!.flush()].filter((part) => part.length > 0);
  };

  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 500 && options.databaseFailedRecently()) {
      statusCode = 503;
      res.setHeader("Retry-After", "15");
    }
    // Next.js sends a page's redirect() with its Location header twice (once from the render,
    // once from the cached entry's headers); a response has one target.
    const location = res.getHeader("location");
    if (Array.isArray(location)) res.setHeader("Location", location[0]!);
    const inline = inlineHeaders(rest);
    if (!frameworkHeaders) {
      for (const name of res.getHeaderNames()) if (name.startsWith("x-nextjs-")) res.removeHeader(name);
      if (inline) for (const key of Object.keys(inline)) if (key.toLowerCase().startsWith("x-nextjs-")) delete inline[key];
    }
    const type = contentType(res, inline);
    if (!media && type.startsWith("text/html")) {
      const nonce = options.nonce ?? freshNonce();
      injector = new ScriptNonceInjector(nonce);
      res.setHeader("Content-Security-Policy", pagePolicy(nonce));
      // The body changes length, and an ETag would let a browser keep a page whose nonce is stale.
      for (const name of ["content-length", "etag"]) {
        res.removeHeader(name);
        if (inline) deleteHeader(inline, name);
      }
      // A whole page handed to end() (a cached one) is sent with its new length, not in chunks
      // (a HEAD request or a 304 has no body here, and keeps no length rather than a wrong one).
      if (ending && ending.chunk && ending.chunk.length > 0 && statusCode !== 304) {
        finalParts = bodyParts(ending.chunk, ending.encoding);
        res.setHeader(
          "Content-Length",
          finalParts.reduce((sum, part) => sum + part.length, 0),
        );
      }
    }
    return writeHead.call(this, statusCode, ...(rest as [OutgoingHttpHeaders]));
  } as typeof res.writeHead;

  res.write = function (this: ServerResponse, chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) {
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!injector) return write.call(this, chunk, encoding as BufferEncoding, callback);
    const done = typeof encoding === "function" ? encoding : callback;
    const out = injector.push(pointLinks(htmlAttributes.apply(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined))));
    if (out.length === 0) {
      done?.();
      return true;
    }
    return write.call(this, out, "utf8", done);
  } as typeof res.write;

  res.end = function (this: ServerResponse, chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, callback?: Callback) {
    if (typeof chunk === "function") return res.end(undefined, "utf8", chunk);
    if (typeof encoding === "function") return res.end(chunk, "utf8", encoding);
    if (!res.headersSent) {
      ending = { chunk, encoding };
      res.writeHead(res.statusCode);
      ending = null;
    }
    if (!injector) return end.call(this, chunk, encoding as BufferEncoding, callback);
    const parts = finalParts ?? bodyParts(chunk, encoding);
    if (injector.stats.untrusted > 0) log("warn", "inline script left without a nonce", { path: req.url?.split("?")[0], count: injector.stats.untrusted });
    // Corked, the pieces leave in one system call, as one buffer would, without being copied into one.
    res.cork();
    for (const part of parts.slice(0, -1)) (write as (chunk: Buffer) => boolean).call(this, part);
    const result = end.call(this, parts.at(-1) ?? "", "utf8", callback);
    res.uncork();
    return result;
  } as typeof res.end;
}

// One call into the system's generator per 256 nonces instead of one per response: the bytes
// are as random, and each nonce still takes 16 of them that no other response gets.
const POOL_SIZE = 16 * 256;
let pool = randomBytes(POOL_SIZE);
let poolOffset = 0;

function freshNonce(): string {
  if (poolOffset === POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    poolOffset = 0;
  }
  poolOffset += 16;
  return pool.toString("base64", poolOffset - 16, poolOffset);
}

function toBuffer(chunk: Chunk, encoding?: BufferEncoding): Buffer | string {
  if (typeof chunk === "string") return encoding && encoding !== "utf8" && encoding !== "utf-8" ? Buffer.from(chunk, encoding) : chunk;
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// The headers object a writeHead call may carry after its status (and status message).
export const inlineHeaders = (args: unknown[]) =>
  args.find((arg): arg is OutgoingHttpHeaders => typeof arg === "object" && arg !== null && !Array.isArray(arg));

// A response's content type, set before writeHead or passed to it.
export const contentType = (res: ServerResponse, inline: OutgoingHttpHeaders | undefined) =>
  String(res.getHeader("content-type") ?? headerValue(inline, "content-type") ?? "");

function headerValue(headers: OutgoingHttpHeaders | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : String(headers[key]);
}

function deleteHeader(headers: OutgoingHttpHeaders, name: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
}
