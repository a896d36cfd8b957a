// Next.js answers a notFound() thrown while a page renders with an empty shell
// (<html id="__next_error__">, no lang, no body) that only JavaScript fills in. A page's first
// load gets, in its place, the server-rendered /<locale>/page-not-found: the site's header, the
// message and links, footer, lang, all working without JavaScript. Its scripts are left out,
// since they would hydrate the router at that page's address rather than the one asked for.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { log } from "../log.mjs";
import { contentType, inlineHeaders } from "./html-response.ts";

const DOCUMENT = /^\/(ru|en)(?:[/?]|$)/;
const OWN_PATH = /^\/(ru|en)\/page-not-found\/?(?:\?|$)/;
const SHELL = '<html id="__next_error__"';
// Header and footer change with the content; a minute's delay for a 404 page is fine.
const TTL_MS = 60_000;
const cache = new Map<string, { at: number; html: Promise<string | null> }>();

export const stripScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "").replace(/<link\b[^>]*\bas="script"[^>]*>/gi, "");

function notFoundHtml(locale: string, port: number): Promise<string | null> {
  const hit = cache.get(locale);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.html;
  const html = fetch(`http://127.0.0.1:${port}/${locale}/page-not-found`, { headers: { "accept-encoding": "identity" } })
    .then(async (r) => {
      const text = await r.text();
      // Only the page itself, which answers 404: never a "busy" or error page kept for a minute.
      if (r.status !== 404 || text.includes(SHELL)) throw new Error(`the 404 page answered ${r.status}`);
      return stripScripts(text);
    })
    .catch((error: unknown) => {
      log("warn", "the 404 page could not be rendered", { err: error });
      cache.delete(locale);
      return null;
    });
  cache.set(locale, { at: Date.now(), html });
  return html;
}

type Chunk = string | Uint8Array;

// Installed over the response after the other wrappers, so it sees what Next.js writes first.
export function serveNotFoundPages(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? "";
  const locale = DOCUMENT.exec(url)?.[1];
  if (!locale || req.method !== "GET" || req.headers.rsc !== undefined) return;
  const own = OWN_PATH.test(url);
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  let held: { status: number; headers?: OutgoingHttpHeaders } | null = null;
  const chunks: Buffer[] = [];

  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (own && statusCode === 200) statusCode = 404;
    const inline = inlineHeaders(rest);
    const type = contentType(res, inline);
    if (statusCode === 404 && !own && type.startsWith("text/html")) {
      held = { status: statusCode, headers: inline };
      return res;
    }
    return writeHead.call(this, statusCode, ...(rest as [OutgoingHttpHeaders]));
  } as typeof res.writeHead;

  res.write = function (this: ServerResponse, chunk: Chunk, encoding?: BufferEncoding | (() => void), callback?: () => void) {
    if (!res.headersSent && !held) res.writeHead(res.statusCode);
    if (!held) return write.call(this, chunk, encoding as BufferEncoding, callback);
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
    (typeof encoding === "function" ? encoding : callback)?.();
    return true;
  } as typeof res.write;

  res.end = function (this: ServerResponse, chunk?: Chunk | (() => void), encoding?: BufferEncoding | (() => void), callback?: () => void) {
    if (typeof chunk === "function") return res.end(undefined, "utf8", chunk);
    if (typeof encoding === "function") return res.end(chunk, "utf8", encoding);
    // Only an answer that may become a 404 is decided here; any other reaches the layers inside
    // with its body, so that they still know it when they write its headers (and its length).
    const may404 = res.statusCode === 404 || (own && res.statusCode === 200);
    if (!res.headersSent && !held && may404) res.writeHead(res.statusCode);
    if (!held) return end.call(this, chunk, encoding as BufferEncoding, callback);
    if (chunk) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : Buffer.from(chunk));
    const { status, headers } = held;
    const shell = Buffer.concat(chunks).toString("utf8");
    const finish = (body: string) => {
      res.removeHeader("content-length");
      writeHead.call(res, status, headers ?? {});
      end.call(res, body, "utf8", callback);
    };
    if (!shell.includes(SHELL)) finish(shell);
    else void notFoundHtml(locale, req.socket.localPort ?? 0).then((html) => finish(html ?? shell));
    return res;
  } as typeof res.end;
}
