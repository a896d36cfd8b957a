// Graceful shutdown: stop accepting connections, let every request in flight finish, and exit.
//
// A client may write its next request onto a kept-alive connection at the very moment the signal
// comes. Closing idle connections at once would reset such a request unread (ECONNRESET), though
// it was sent before the signal. So for a short grace, requests on connections that were idle at
// the signal are still served, each with "Connection: close"; only then are idle connections
// closed, and anything that still arrives after that gets a 503. A connection busy at the signal
// closes after its answer.
import type { Server, ServerResponse } from "node:http";
import net from "node:net";
import { log } from "../log.mjs";

export type Drain = ReturnType<typeof createDrain>;

export const DRAIN_GRACE_MS = 1_000;

export function createDrain(server: Server, timeoutMs: number, exit: (code: number) => void = process.exit, graceMs = DRAIN_GRACE_MS) {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let graceOver = false;

  const exitWhenIdle = () => {
    if (graceOver && inFlight.size === 0) {
      log("info", "stopped", { reason: "drained" });
      // Let the last response's bytes leave the socket first.
      setImmediate(() => exit(0));
    }
  };

  return {
    get draining() {
      return draining;
    },
    // False once the grace is over: the request should be answered 503.
    admits() {
      return !graceOver;
    },
    track(res: ServerResponse) {
      inFlight.add(res);
      if (draining) res.shouldKeepAlive = false;
      const socket = res.socket;
      res.once("close", () => {
        inFlight.delete(res);
        // Its headers promised keep-alive before the signal came. The client sends its next request
        // on this connection only after this answer, so after the signal: close it, unread, rather
        // than serve that request within the grace.
        if (draining && res.shouldKeepAlive) socket?.destroySoon();
        exitWhenIdle();
      });
    },
    start(signal: string) {
      if (draining) return;
      draining = true;
      log("info", "draining", { signal, inFlight: inFlight.size });
      // http.Server's own close() also closes idle connections at once (Node 19+): stop
      // listening only, and close those at the end of the grace.
      net.Server.prototype.close.call(server);
      // Responses still running close their connection when done instead of keeping it alive.
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
      setTimeout(() => {
        log("warn", "stopped", { reason: "timeout", inFlight: inFlight.size });
        exit(1);
      }, timeoutMs).unref();
      setTimeout(() => {
        graceOver = true;
        server.closeIdleConnections();
        exitWhenIdle();
      }, graceMs).unref();
    },
  };
}
