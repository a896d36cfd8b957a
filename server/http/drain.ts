// Graceful shutdown: stop accepting connections, let every request in flight finish, answer
// anything that still arrives on an open connection with 503, then exit.
import type { Server, ServerResponse } from "node:http";
import { log } from "../log.mjs";

export type Drain = ReturnType<typeof createDrain>;

export function createDrain(server: Server, timeoutMs: number) {
  const inFlight = new Set<ServerResponse>();
  let draining = false;

  const exitWhenIdle = () => {
    if (draining && inFlight.size === 0) {
      log("info", "stopped", { reason: "drained" });
      // Let the last response's bytes leave the socket first.
      setImmediate(() => process.exit(0));
    }
  };

  return {
    get draining() {
      return draining;
    },
    track(res: ServerResponse) {
      inFlight.add(res);
      res.once("close", () => {
        inFlight.delete(res);
        exitWhenIdle();
      });
    },
    start(signal: string) {
      if (draining) return;
      draining = true;
      log("info", "draining", { signal, inFlight: inFlight.size });
      server.close();
      server.closeIdleConnections();
      // Responses still running close their connection when done instead of keeping it alive.
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
      setTimeout(() => {
        log("warn", "stopped", { reason: "timeout", inFlight: inFlight.size });
        process.exit(1);
      }, timeoutMs).unref();
      exitWhenIdle();
    },
  };
}
