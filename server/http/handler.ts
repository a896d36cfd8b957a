// The layer around Next.js's request handler: a request id and one log line per request,
// one spelling of each path, untrusted headers dropped, per-response script nonces, 404 pages
// drawn on the server, the page cache, compression, a limit on renders at once, and 503 once draining is past its grace.
import type http from "node:http";
import { log, loggedUrl, requestIdFrom, withRequestContext, type RequestContext } from "../log.mjs";
import type { Drain } from "./drain.ts";
import { createEncoding } from "./encoding.ts";
import { secureResponse } from "./html-response.ts";
import { serveNotFoundPages } from "./not-found-page.ts";
import { isCacheableRequest, recordPage, replayPage } from "./page-cache.ts";
import {
  ALLOWED_METHODS,
  isMalformedUrl,
  isOversizedAction,
  sendBadRequest,
  sendBusy,
  sendCanonicalRedirect,
  sendMethodNotAllowed,
  sendPayloadTooLarge,
  sendShuttingDown,
} from "./plain-pages.ts";
import { dropPlaceholderHeader, placeholderFor, readPlaceholder } from "./proxy-nonce.ts";
import { createRenderGate, gateLimits, isGated } from "./render-gate.ts";
import { canonicalRedirect } from "./request-path.ts";

type NextHandle = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

// The app records when a query last failed for want of a database (lib/db-availability.ts).
const FAILURE_KEY = Symbol.for("airr.database.lastFailureAt");
const databaseFailedRecently = () => Date.now() - Number((globalThis as Record<symbol, unknown>)[FAILURE_KEY] ?? 0) < 15_000;

export function createHandler(handle: NextHandle, drain: Drain) {
  const placeholder = readPlaceholder();
  const encode = createEncoding();
  const gate = createRenderGate(gateLimits());
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    res.setHeader("X-Request-Id", requestId);
    const context: RequestContext = { requestId, errors: 0 };
    withRequestContext(context, () => {
      const started = performance.now();
      res.once("close", () => logRequest(req, res, requestId, Math.round(performance.now() - started)));
      // The readiness probe says "no" from the signal on, so a load balancer stops sending.
      if (!drain.admits() || (drain.draining && req.url?.startsWith("/api/health/ready"))) return sendShuttingDown(req, res);
      drain.track(res);
      if (isMalformedUrl(req.url)) return sendBadRequest(req, res);
      if (!ALLOWED_METHODS.includes(req.method ?? "")) return sendMethodNotAllowed(req, res);
      if (isOversizedAction(req)) return sendPayloadTooLarge(req, res);
      // Every rule after this (rate limits, the page cache, preview, the back office) sees one
      // spelling of each path: "/ru/%73earch" and "/ru/./preview" are sent to their plain form.
      const canonical = canonicalRedirect(req.url!);
      if (canonical) return /^[\x21-\x7e]*$/.test(canonical) ? sendCanonicalRedirect(res, canonical) : sendBadRequest(req, res);
      dropUntrustedHeaders(req);
      appendPeerAddress(req);
      const nonce = placeholderFor(req, placeholder);
      dropPlaceholderHeader(req);
      encode(req, res, () => {
        secureResponse(req, res, { databaseFailedRecently, nonce });
        serveNotFoundPages(req, res);
        const cacheable = isCacheableRequest(req);
        if (cacheable && replayPage(req, res)) return;
        if (cacheable) recordPage(req, res, () => context.errors === 0 && !databaseFailedRecently());
        const render = () =>
          handle(req, res).catch((error: unknown) => {
            log("error", "request failed", { err: error });
            if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
            res.end();
          });
        if (isGated(req)) gate.admit(res, render, () => sendBusy(req, res));
        else void render();
      });
    });
  };
}

// The job worker's own calls: a job logs what it did (a publication, a failure) itself.
const QUIET = new Set(["/api/internal/jobs"]);

// The id is given, not left to the log's request context: "close" is emitted from whatever
// ended the response, which may be another request's work (a render Next.js shared between them).
function logRequest(req: http.IncomingMessage, res: http.ServerResponse, requestId: string, ms: number) {
  const path = req.url?.split("?")[0] ?? "";
  if (QUIET.has(path) && res.statusCode < 400) return;
  log(res.statusCode >= 500 ? "warn" : "info", "request", { requestId, method: req.method, url: loggedUrl(req.url), status: res.statusCode, ms });
}

// Next.js takes a script nonce from a request's policy header and writes it into the page,
// which the page cache would then replay to everyone; the nonce is this server's to draw.
function dropUntrustedHeaders(req: http.IncomingMessage) {
  delete req.headers["content-security-policy"];
  delete req.headers["content-security-policy-report-only"];
}

// The socket's peer goes last in X-Forwarded-For, so its last entry cannot be forged by the
// client; lib/auth/client-ip.ts counts back TRUST_PROXY_HOPS entries from it.
function appendPeerAddress(req: http.IncomingMessage) {
  const peer = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = forwarded ? `${String(forwarded)}, ${peer}` : peer;
}
