// Compression for the clients that ask for it. The middleware negotiates for every response,
// even when the request accepts no encoding (a crawler, a health probe, a load generator), where
// all it does is add "Vary: Accept-Encoding" to what it could have compressed: about a twentieth
// of a cached page's CPU time. Such requests get that header alone, decided as the middleware
// decides it (a compressible type, no "no-transform").
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import compression from "compression";
import vary from "vary";
import { inlineHeaders } from "./html-response.ts";

const NO_TRANSFORM = /(?:^|,)\s*?no-transform\s*?(?:,|$)/;

export function createEncoding() {
  const compress = compression();
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.headers["accept-encoding"] !== undefined) return compress(req as never, res as never, next);
    const writeHead = res.writeHead;
    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      // Headers given to writeHead count as set, as they do for the middleware: they are set
      // first, so that the Vary added to them is not overwritten by the object's own.
      const inline = inlineHeaders(args) as OutgoingHttpHeaders | undefined;
      if (inline) for (const [name, value] of Object.entries(inline)) if (value !== undefined) res.setHeader(name, value);
      if (compression.filter(req as never, res as never) && !NO_TRANSFORM.test(String(res.getHeader("cache-control") ?? ""))) vary(res, "Accept-Encoding");
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(
        this,
        args.filter((arg) => arg !== inline),
      );
    } as typeof res.writeHead;
    next();
  };
}
