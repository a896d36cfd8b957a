import fs from "node:fs";
import { runLoad, type LoadResult } from "./load.ts";
import { searchPath, searchQueries } from "./search.ts";
import { rssBytes } from "./server.ts";
import type { Targets } from "./targets.ts";

// Memory of the server process over a long mixed run: many different articles (each first
// visit renders and caches a page), list pages at random depths, region pages, searches
// and the fixed pages, so caches fill the way real traffic fills them.

export type MemoryRun = { requests: number; load: LoadResult; before: number; after: number; peak: number; samples: number[] };

export function mixedPicker(t: Targets): () => string {
  const searches = searchQueries(500, 7).map(searchPath);
  const fixed = t.list.map((x) => x.path);
  let i = 0;
  const at = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  return () => {
    const x = (i++ % 100) / 100;
    if (x < 0.45) {
      const locale = Math.random() < 0.6 ? "ru" : "en";
      return `/${locale}/press/news/${encodeURIComponent(at(t.articleSlugs[locale]))}`;
    }
    if (x < 0.6) return `/ru/press/news?page=${1 + Math.floor(Math.random() * t.newsPages.ru)}`;
    if (x < 0.65) return `/en/press/news?page=${1 + Math.floor(Math.random() * t.newsPages.en)}`;
    if (x < 0.75) return `/${Math.random() < 0.5 ? "ru" : "en"}/regions/${at(t.regionSlugs)}`;
    if (x < 0.8) return at(searches);
    return at(fixed);
  };
}

export async function memoryRun(
  base: string,
  pid: number,
  t: Targets,
  requests: number,
  connections: number,
  settle: () => Promise<unknown>,
): Promise<MemoryRun> {
  const before = rssBytes(pid) ?? NaN;
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rssBytes(pid) ?? NaN), 1_000);
  try {
    const load = await runLoad(base, { paths: ["/ru"], connections, amount: requests, pickPath: mixedPicker(t) });
    // The final reading once requests still in flight are done and the process is idle.
    await settle();
    const after = rssBytes(pid) ?? NaN;
    return { requests, load, before, after, peak: Math.max(before, after, ...samples.filter(Number.isFinite)), samples };
  } finally {
    clearInterval(timer);
  }
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export type HeapReading = { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number; cacheBytes: number };

// Asks the server (see heap-probe.mjs) for a full collection and its memory right after.
export async function heapAfterGc(pid: number, file: string): Promise<HeapReading | null> {
  const asked = Date.now();
  process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      const reading = JSON.parse(fs.readFileSync(file, "utf8")) as HeapReading & { at: number };
      if (reading.at >= asked) return reading;
    } catch {
      // not written yet
    }
  }
  return null;
}
