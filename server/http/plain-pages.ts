// Answers the server gives before Next.js sees a request: a malformed address (400), a method
// no route takes (405), a server action's body over its limit (413) and a request that arrives
// while the server drains for shutdown or more wait for a render than it lets wait (503).
// Localized by the path.
import type { IncomingMessage, ServerResponse } from "node:http";
import en from "../../messages/en.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import { escapeHtml } from "../../lib/html/escape.ts";
import { SERVER_ACTION_BODY_BYTES } from "../../lib/http/body-limits.ts";
import { securityHeaders } from "../../lib/security-headers.ts";

// A path Next.js would fail to decode ("/ru/%E0%A4%A", "/%") must not reach it as a 500.
export function isMalformedUrl(url: string | undefined): boolean {
  if (!url || !url.startsWith("/")) return true;
  const path = url.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

function localeOf(url: string | undefined): "ru" | "en" {
  return /^\/en(?:[/?]|$)/.test(url ?? "") ? "en" : "ru";
}

export function sendBadRequest(req: IncomingMessage, res: ServerResponse): void {
  const locale = localeOf(req.url);
  const t = (locale === "en" ? en : ru).ServerPages.badRequest;
  send(res, 400, locale, t.title, `<p>${escapeHtml(t.text)}</p><p><a href="/${locale}">${escapeHtml(t.home)}</a></p>`);
}

// Another spelling of a path (see request-path.ts): a permanent redirect to the plain one.
export function sendCanonicalRedirect(res: ServerResponse, location: string): void {
  for (const { key, value } of securityHeaders()) res.setHeader(key, value);
  res.writeHead(308, { Location: location, "Cache-Control": "no-store", "Content-Length": 0 });
  res.end();
}

// Next.js answers TRACE, PUT and the like on a route handler with a 500 and a stack in the log.
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"];

// Next.js reads such a body up to its limit, then answers 500 with an error-level stack.
export function isOversizedAction(req: IncomingMessage): boolean {
  return req.method === "POST" && req.headers["next-action"] !== undefined && Number(req.headers["content-length"] ?? 0) > SERVER_ACTION_BODY_BYTES;
}

// How long the rest of a refused body may keep arriving before the answer goes anyway.
export const DISCARD_BODY_MS = 2_000;

// The body is read and dropped, never kept, and the 413 goes once it has all arrived (or after
// DISCARD_BODY_MS): closing a connection with unread data makes the kernel reset it, and the
// client, still writing, sees EPIPE or "connection reset" instead of the 413.
export function sendPayloadTooLarge(req: IncomingMessage, res: ServerResponse, discardMs = DISCARD_BODY_MS): void {
  const locale = localeOf(req.url);
  const t = (locale === "en" ? en : ru).ServerPages.payloadTooLarge;
  res.shouldKeepAlive = false;
  let answered = false;
  const answer = () => {
    if (answered || res.destroyed) return;
    answered = true;
    clearTimeout(timer);
    send(res, 413, locale, t.title, `<p>${escapeHtml(t.text)}</p>`);
  };
  const timer = setTimeout(answer, discardMs);
  req.on("data", () => {});
  req.once("end", answer);
  req.once("error", () => clearTimeout(timer));
  req.resume();
}

export function sendMethodNotAllowed(req: IncomingMessage, res: ServerResponse): void {
  const locale = localeOf(req.url);
  const t = (locale === "en" ? en : ru).ServerPages.methodNotAllowed;
  res.setHeader("Allow", ALLOWED_METHODS.join(", "));
  send(res, 405, locale, t.title, `<p>${escapeHtml(t.text)}</p>`);
}

// While draining, the connection closes after the answer; a busy server keeps it.
export const sendShuttingDown = (req: IncomingMessage, res: ServerResponse) => sendRetryLater(req, res, "shuttingDown", true);

// The render gate's refusal (render-gate.ts): the line of requests waiting for a render is full.
export const sendBusy = (req: IncomingMessage, res: ServerResponse) => sendRetryLater(req, res, "busy", false);

function sendRetryLater(req: IncomingMessage, res: ServerResponse, page: "shuttingDown" | "busy", closeConnection: boolean): void {
  const locale = localeOf(req.url);
  const t = (locale === "en" ? en : ru).ServerPages[page];
  res.setHeader("Retry-After", "5");
  if (closeConnection) res.shouldKeepAlive = false;
  send(res, 503, locale, t.title, `<p>${escapeHtml(t.text)}</p>`);
}

function send(res: ServerResponse, status: number, locale: string, title: string, body: string): void {
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
  for (const { key, value } of securityHeaders()) res.setHeader(key, value);
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Length": Buffer.byteLength(html) });
  res.end(html);
}
