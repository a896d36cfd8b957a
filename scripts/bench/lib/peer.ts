// The Payload CMS peer (../shared/peers/payload), measured by this bench in the same sitting and
// with the same load as this site's pages (`--peer http://127.0.0.1:3950`): its prerendered
// article in both languages, before this site's runs and after them, with the CPU time its
// server process spent per request. The load generator shares the same two cores, so requests
// per second also follow the bytes of a page; the CPU time per request is the server's cost alone.
import fs from "node:fs";
import { runLoad, type LoadResult } from "./load.ts";
import { markdownTable } from "./report.ts";

export const PEER_PATHS = { ru: "/ru/news/innovation-rating-2025", en: "/en/news/innovation-rating-2025" } as const;
export type Locale = keyof typeof PEER_PATHS;
export type PeerRun = { locale: Locale; when: string; load: LoadResult; bytes: number };
type LoadOptions = { connections: number; duration: number; warmup: number };

export async function measurePeer(base: string, when: string, opts: LoadOptions): Promise<PeerRun[]> {
  const pid = listenerPid(Number(new URL(base).port));
  const runs: PeerRun[] = [];
  for (const locale of Object.keys(PEER_PATHS) as Locale[]) {
    const path = PEER_PATHS[locale];
    const res = await fetch(base + path);
    const bytes = (await res.arrayBuffer()).byteLength;
    if (!res.ok) throw new Error(`The peer answered ${res.status} for ${base}${path}; start it with ../shared/peers/payload/setup.sh.`);
    await runLoad(base, { paths: [path], connections: opts.connections, duration: opts.warmup });
    const load = await runLoad(base, { paths: [path], connections: opts.connections, duration: opts.duration, cpuPid: pid });
    runs.push({ locale, when, load, bytes });
  }
  return runs;
}

// The peer's mean over its runs in one language, to set this site's rows against.
export function peerMean(runs: PeerRun[], locale: Locale): { rps: number; cpuPerRequestUs: number | null } | null {
  const mine = runs.filter((r) => r.locale === locale);
  if (mine.length === 0) return null;
  const cpu = mine.map((r) => r.load.cpuPerRequestUs).filter((c): c is number => c !== null);
  return {
    rps: mine.reduce((sum, r) => sum + r.load.rps, 0) / mine.length,
    cpuPerRequestUs: cpu.length ? cpu.reduce((a, b) => a + b, 0) / cpu.length : null,
  };
}

export const localeOf = (path: string): Locale => (path.startsWith("/en") ? "en" : "ru");

export function peerTable(runs: PeerRun[]): string {
  return markdownTable(
    ["the peer's prerendered article", "run", "req/s", "p50", "p99", "errors/non-2xx", "server CPU per request", "bytes"],
    runs.map((r) => [
      `\`${PEER_PATHS[r.locale]}\``,
      r.when,
      r.load.rps.toFixed(0),
      `${r.load.p50} ms`,
      `${r.load.p99} ms`,
      String(r.load.errors + r.load.non2xx),
      r.load.cpuPerRequestUs === null ? "—" : `${r.load.cpuPerRequestUs.toFixed(0)} µs`,
      String(r.bytes),
    ]),
  );
}

// The process listening on a local TCP port (Linux's /proc), or null when it cannot be seen.
export function listenerPid(port: number): number | null {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = orElse(() => fs.readFileSync(file, "utf8"), "")
      .split("\n")
      .slice(1);
    for (const fields of lines.map((line) => line.trim().split(/\s+/))) {
      // local_address is "HEXIP:HEXPORT"; state 0A is LISTEN; the 10th field is the socket's inode.
      if (fields[3] === "0A" && parseInt(fields[1]?.split(":")[1] ?? "", 16) === port && fields[9]) inodes.add(fields[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    // A process may end, or hide its descriptors, while it is read.
    for (const fd of orElse(() => fs.readdirSync(`/proc/${pid}/fd`), [])) {
      const link = orElse(() => fs.readlinkSync(`/proc/${pid}/fd/${fd}`), "");
      if (inodes.has(/^socket:\[(\d+)\]$/.exec(link)?.[1] ?? "")) return Number(pid);
    }
  }
  return null;
}

function orElse<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
