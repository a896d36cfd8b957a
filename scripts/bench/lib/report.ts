import os from "node:os";
import type { BuildInfo } from "./build.ts";
import type { LoadResult } from "./load.ts";
import { mb, type MemoryRun } from "./memory.ts";
import { localeOf, peerMean, peerTable, type PeerRun } from "./peer.ts";
import type { PublishResult } from "./publish.ts";
import type { SearchLatency } from "./search.ts";
import { kb, type Sizes } from "./sizes.ts";
import type { Target } from "./targets.ts";

export type MemoryReading = { label: string; rss: number; heapAfterGc: number };
export type Row = { target: Target; sizes: Sizes; site: LoadResult; drainMs: number; ceiling: LoadResult | null; proxy: LoadResult | null };

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

const ms = (n: number) => (n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} ms`);
const rps = (n: number) => n.toFixed(n >= 100 ? 0 : 1);
export const seconds = (s: number) => (s >= 120 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`);

function failures(r: LoadResult): string {
  const parts = [r.errors ? `${r.errors} errors` : "", r.statuses].filter(Boolean);
  return parts.length ? parts.join(", ") : "0";
}

const cpu = (r: LoadResult) => (r.cpuPerRequestUs === null ? "—" : `${r.cpuPerRequestUs.toFixed(0)} µs`);

// This site's rate over the peer's mean in the same language, and the peer's CPU per request over this site's.
function againstPeer(row: Row, peer: PeerRun[]): string {
  const mean = peerMean(peer, localeOf(row.target.path));
  if (!mean || row.target.pick || !row.site.requests) return "—";
  const work = mean.cpuPerRequestUs && row.site.cpuPerRequestUs ? `; ${(mean.cpuPerRequestUs / row.site.cpuPerRequestUs).toFixed(1)}× less CPU` : "";
  return `${(row.site.rps / mean.rps).toFixed(2)}×${work}`;
}

function loadTable(rows: Row[], peer: PeerRun[]): string {
  return markdownTable(
    [
      "URL",
      "path",
      "req/s",
      "p50",
      "p99",
      "errors/non-2xx",
      "server CPU per request",
      ...(peer.length ? ["against the peer"] : []),
      "bytes (raw/compressed)",
      "first request",
      "backlog after run",
      "static ceiling req/s",
      "share of ceiling",
      "via nginx req/s",
      "via nginx p99",
    ],
    rows.map((row) => {
      const { target, sizes, site, drainMs, ceiling, proxy } = row;
      return [
        target.label,
        `\`${decodeURIComponent(target.path)}\``,
        rps(site.rps),
        // No answer at all within the run: every request took longer than the run lasted.
        site.requests ? ms(site.p50) : "none answered",
        site.requests ? ms(site.p99) : "—",
        failures(site),
        cpu(site),
        ...(peer.length ? [againstPeer(row, peer)] : []),
        `${kb(sizes.raw)} / ${kb(sizes.compressed)} ${sizes.encoding}`,
        `${ms(sizes.firstMs)} (${sizes.status})`,
        drainMs < 1_000 ? "—" : seconds(drainMs / 1000),
        ceiling ? rps(ceiling.rps) : "—",
        ceiling ? `${((site.rps / ceiling.rps) * 100).toFixed(1)} %` : "—",
        proxy ? `${rps(proxy.rps)}${proxy.errors || proxy.non2xx ? ` (${failures(proxy)})` : ""}` : "—",
        proxy ? ms(proxy.p99) : "—",
      ];
    }),
  );
}

export type Report = {
  articles: number;
  compressed: boolean;
  readBodies: boolean;
  nginx: boolean;
  connections: number;
  duration: number;
  warmup: number;
  otherLoad: number;
  rows: Row[];
  generated: string;
  build: BuildInfo | null;
  search: SearchLatency;
  long: MemoryRun | null;
  memory: MemoryReading[];
  publish: PublishResult;
  js: { count: number; raw: number; compressed: number } | null;
  article: Row | undefined;
  peer: PeerRun[];
};

export function printReport(r: Report) {
  const out: string[] = [];
  out.push(`## Bench: ${r.articles} synthetic articles, ${r.connections} connections, ${r.duration} s per URL (after ${r.warmup} s warm-up)`, "");
  out.push(
    `Machine: ${os.cpus().length} CPU cores shared by the load generator (autocannon, one thread, ${r.readBodies ? "decoding every answer's body into a string (--read-bodies)" : "counting each answer's bytes without decoding them"}), the server and PostgreSQL; server CPU per request is the app server process's CPU time over the answers of the run; other processes kept ${r.otherLoad.toFixed(2)} cores busy while the site was idle. Node ${process.version}.`,
  );
  out.push(
    (r.compressed
      ? "Requests send `accept-encoding: br, gzip`, as browsers do."
      : "Requests send no `accept-encoding`, as the peer's bench does, so answers are uncompressed.") +
      ' Search requests carry a random `x-forwarded-for` and the server runs with TRUST_PROXY_HOPS=1, so the per-address search limit (30/min, proxy.ts) does not apply to the load. Rows marked "uncached" ask for a new address on every request (an unused `v` parameter, a random article, or a search with a word that matches nothing), so neither the app server\'s page cache nor the search cache can answer them.',
  );
  out.push(
    `Generation: ${r.generated}. Build: ${r.build ? `${seconds(r.build.seconds)}, ${r.build.prerendered} prerendered files in .next/server/app` : "skipped (--skip-build)"}.`,
    "",
  );
  out.push(loadTable(r.rows, r.peer), "");
  if (r.peer.length)
    out.push(
      "The Payload peer in this sitting, with the same load (`--peer`), before and after this site's runs. `against the peer`: a row's requests per second over the peer's mean in the same language, and how many times less CPU the server process spent per request. The load generator runs on the same two cores, so requests per second also follow the bytes of a page; CPU per request is the server's own cost.",
      "",
      peerTable(r.peer),
      "",
    );
  out.push(
    "`first request`: the URL's first request after the server started (uncached reads; status in brackets). `backlog after run`: how long the server and the database kept working on requests still in flight when the run ended (the next run waits for it).",
    "",
  );
  if (r.article) {
    const s = r.article.sizes;
    out.push(
      `Article page: HTML ${kb(s.raw)} uncompressed, ${kb(s.compressed)} ${s.encoding}` +
        (r.js ? `; ${r.js.count} scripts from /_next/static: ${kb(r.js.raw)} uncompressed, ${kb(r.js.compressed)} transferred (br).` : "."),
    );
  }
  const sr = r.search;
  out.push(
    `Search, ${sr.n} sequential searches with different queries (ru and en): p50 ${sr.p50.toFixed(0)} ms, p95 ${sr.p95.toFixed(0)} ms, p99 ${sr.p99.toFixed(0)} ms, max ${sr.max.toFixed(0)} ms, non-200: ${sr.failures}; slowest ${sr.slowest}; ${sr.byKind}.`,
    "",
  );
  const m = r.long;
  if (m)
    out.push(
      `Long run: ${m.requests} mixed requests (articles of the whole archive, list pages at random depths, regions, searches, the pages above) at ${m.load.rps.toFixed(0)} req/s, p99 ${m.load.p99.toFixed(0)} ms, ${m.load.non2xx} non-2xx, ${m.load.errors} errors; RSS peak ${mb(m.peak)}, growth ${mb(m.after - m.before)}; sampled: ${m.samples
        .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 10)) === 0)
        .map(mb)
        .join(" → ")}.`,
      "",
    );
  out.push(
    markdownTable(
      ["server process", "RSS", "JS heap used after a full GC"],
      r.memory.map((x) => [x.label, mb(x.rss), Number.isFinite(x.heapAfterGc) ? mb(x.heapAfterGc) : "—"]),
    ),
    "",
  );
  const p = r.publish;
  const publishedAfter = p.scheduledToPublishedMs === null ? "— never (not published within 60 s)" : `${p.scheduledToPublishedMs.toFixed(0)} ms`;
  out.push(
    `Publish-to-visible: an article scheduled with SQL for "now"; the server's scheduler (SCHEDULER_INTERVAL_MS=${p.intervalMs}) published it ${publishedAfter} after the commit, so up to ${p.intervalMs} ms of each delay is the wait for its tick. Pages polled every 50 ms.`,
    "",
  );
  out.push(
    markdownTable(
      ["page", "path", "visible after (from commit)", "after publication"],
      p.pages.map((v) => [
        v.label,
        `\`${v.path}\``,
        v.ms === null ? "not within 60 s" : `${v.ms.toFixed(0)} ms`,
        v.ms === null || p.scheduledToPublishedMs === null ? "—" : `${Math.max(0, v.ms - p.scheduledToPublishedMs).toFixed(0)} ms`,
      ]),
    ),
  );
  console.log(out.join("\n"));
}
