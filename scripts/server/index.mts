// The production HTTP server: Next.js's request handler behind a thin layer that adds what
// `next start` lacks here: per-response CSP nonces on cached pages, JSON logs with a request
// id, 400 for malformed addresses, 503 for database outages, and draining on SIGTERM.
//   node --import tsx scripts/server/index.mts   (started by scripts/run.mts)
import http from "node:http";
import compression from "compression";
import next from "next";
import { secureResponse } from "./html-response.ts";
import { log, requestIdFrom, routeConsoleToLog, withRequestContext, type RequestContext } from "./log.ts";
import { isCacheableRequest, recordPage, replayPage } from "./page-cache.ts";
import { isMalformedUrl, sendBadRequest, sendCanonicalRedirect, sendShuttingDown } from "./plain-pages.ts";
import { canonicalRedirect } from "./request-path.ts";
import { createDrain } from "./drain.ts";
import { dropPlaceholderHeader, placeholderFor, readPlaceholder } from "./proxy-nonce.ts";

// tsx turns source maps on, and Node then keeps a parsed map for every module it loads,
// Next.js's bundles included: about 35 MB of heap for stack traces of minified code. Off
// unless asked for with --enable-source-maps.
if (![...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].includes("--enable-source-maps")) process.setSourceMapsEnabled(false);
routeConsoleToLog();
const port = Number(process.env.PORT ?? 3000);
// The app records when a query last failed for want of a database (lib/db-availability.ts).
const FAILURE_KEY = Symbol.for("airr.database.lastFailureAt");
const databaseFailedRecently = () => Date.now() - Number((globalThis as Record<symbol, unknown>)[FAILURE_KEY] ?? 0) < 15_000;

const placeholder = readPlaceholder();
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
const compress = compression();

const server = http.createServer((req, res) => {
  const requestId = requestIdFrom(req.headers["x-request-id"]);
  res.setHeader("X-Request-Id", requestId);
  const context: RequestContext = { requestId, errors: 0 };
  withRequestContext(context, () => {
    const started = performance.now();
    res.once("close", () => {
      const ms = Math.round(performance.now() - started);
      log(res.statusCode >= 500 ? "error" : "info", "request", { method: req.method, path: req.url?.split("?")[0], status: res.statusCode, ms });
    });
    if (drain.draining) return sendShuttingDown(req, res);
    drain.track(res);
    if (isMalformedUrl(req.url)) return sendBadRequest(req, res);
    // Every rule after this (rate limits, the page cache, preview, the back office) sees one
    // spelling of each path: "/ru/%73earch" and "/ru/./preview" are sent to their plain form.
    const canonical = canonicalRedirect(req.url!);
    if (canonical) return /^[\x21-\x7e]*$/.test(canonical) ? sendCanonicalRedirect(res, canonical) : sendBadRequest(req, res);
    dropUntrustedHeaders(req);
    appendPeerAddress(req);
    const nonce = placeholderFor(req, placeholder);
    dropPlaceholderHeader(req);
    compress(req as never, res as never, () => {
      secureResponse(req, res, { databaseFailedRecently, nonce });
      const cacheable = isCacheableRequest(req);
      if (cacheable && replayPage(req, res)) return;
      if (cacheable) recordPage(req, res, () => context.errors === 0 && !databaseFailedRecently());
      handle(req, res).catch((error: unknown) => {
        log("error", "request failed", { error: String(error) });
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end();
      });
    });
  });
});
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

const drain = createDrain(server, Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000));

server.listen(port, () => log("info", "ready", { url: `http://localhost:${port}` }));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => drain.start(signal));
