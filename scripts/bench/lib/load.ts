import { createRequire } from "node:module";
import autocannon, { type Result } from "autocannon";
import { has } from "./args.ts";
import { cpuTicks, TICKS_PER_SECOND } from "./idle.ts";

// Load runs with autocannon's programmatic API. By default requests ask for plain answers, as
// the peer's bench does (no Accept-Encoding), so the figures compare; --compressed asks for
// "br, gzip" as browsers do. Requests to search carry a random X-Forwarded-For: the server
// runs with TRUST_PROXY_HOPS=1, so each counts as a different visitor behind a proxy and the
// per-address search limit (30 a minute, proxy.ts) does not turn the load into 429s.

export const BROWSER_HEADERS = { "accept-encoding": "br, gzip", "accept-language": "ru,en;q=0.8", "user-agent": "airr-bench" };
export const compressedLoad = has("compressed");
const LOAD_HEADERS: Record<string, string> = compressedLoad
  ? BROWSER_HEADERS
  : Object.fromEntries(Object.entries(BROWSER_HEADERS).filter(([name]) => name !== "accept-encoding"));

// autocannon appends every answer's body to a string for its body checks (expectBody,
// verifyBody, onResponse), which the bench does not use. Decoding pages into strings on its one
// thread set the rate of Cyrillic pages: the same 67 KB ru page from the plain static server,
// 5,680 req/s decoded against 18,998 left as bytes, while the Payload peer's 39 KB page stays at
// about 1,700 either way (its server sets that rate). So the bench counts the bytes of each
// answer and leaves them undecoded, as wrk does; --read-bodies decodes them as before.
export const readBodies = has("read-bodies");
function leaveBodiesUndecoded(): void {
  const queue = createRequire(import.meta.url)("autocannon/lib/pipelinedRequestsQueue.js") as { prototype: { addBody?: unknown } };
  if (typeof queue.prototype.addBody !== "function")
    throw new Error("autocannon no longer collects bodies in PipelinedRequestsQueue.addBody: see scripts/bench/lib/load.ts.");
  queue.prototype.addBody = () => {};
}
if (!readBodies) leaveBodiesUndecoded();

export const visitorAddress = () => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

export const needsVisitorAddress = (path: string) => /^\/(ru|en)\/search\b/.test(path);

export type LoadResult = {
  rps: number;
  p50: number;
  p99: number;
  p97_5: number;
  requests: number;
  errors: number;
  non2xx: number;
  statuses: string;
  bytesPerRequest: number;
  // CPU time the serving process (`cpuPid`) spent per answered request, in microseconds.
  cpuPerRequestUs: number | null;
};

// `paths` are visited in turn by each connection; `pickPath` (when given) chooses each
// request's path instead, e.g. a random one from a long list.
export async function runLoad(
  base: string,
  opts: { paths: string[]; connections: number; duration?: number; amount?: number; pickPath?: () => string; cpuPid?: number | null },
): Promise<LoadResult> {
  const requests = (opts.pickPath ? [opts.paths[0]!] : opts.paths).map((path) => ({
    method: "GET",
    path,
    setupRequest: (req: { path?: string; headers?: Record<string, string> }) => {
      const p = opts.pickPath ? opts.pickPath() : (req.path ?? path);
      const headers = needsVisitorAddress(p) ? { ...LOAD_HEADERS, ...req.headers, "x-forwarded-for": visitorAddress() } : { ...LOAD_HEADERS, ...req.headers };
      return { ...req, path: p, headers };
    },
  }));
  const ticksBefore = opts.cpuPid ? cpuTicks(opts.cpuPid) : 0;
  const result: Result = await autocannon({
    url: base,
    connections: opts.connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.duration ?? 10 }),
    timeout: 30,
    headers: LOAD_HEADERS,
    requests,
  });
  const ticks = opts.cpuPid ? cpuTicks(opts.cpuPid) - ticksBefore : null;
  return summarise(result, ticks);
}

function summarise(r: Result, cpuTicks: number | null): LoadResult {
  const requests = r["2xx"] + r.non2xx;
  const statuses = Object.entries(r.statusCodeStats)
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, s]) => `${s.count}×${code}`)
    .join(" ");
  return {
    rps: requests / Math.max(r.duration, 0.001),
    p50: r.latency.p50,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    requests,
    errors: r.errors,
    non2xx: r.non2xx,
    statuses,
    bytesPerRequest: requests ? r.throughput.total / requests : 0,
    cpuPerRequestUs: cpuTicks !== null && requests > 0 ? (cpuTicks / TICKS_PER_SECOND / requests) * 1e6 : null,
  };
}
