import "server-only";
import pLimit, { type LimitFunction } from "p-limit";
import { approximateSize, cacheSpace, type CacheSpace } from "@/server/cache/memory-budget.mjs";

// Popular searches repeat, so their results are kept in this process and a burst of the same
// search costs one query. Any expiry of a cache tag here empties the store
// (lib/publishing/invalidate.ts), so a publication is searchable at once. Keys are whatever
// visitors type, hence kept within the server's shared memory budget (server/cache).
// Searches that miss run at most SEARCH_CONCURRENCY at a time: a full-text query is CPU-bound
// in PostgreSQL, and past a few at once each only waits longer for its share of the cores.

const SEARCH_CONCURRENCY = Math.max(1, Number(process.env.SEARCH_CONCURRENCY ?? 4) || 4);

// The store keeps settled results, never promises: a promise made while serving a request
// carries that request's async context (its response, its render), so a long-lived promise
// would keep every such request in memory. Only searches still running are promises.
type Stored = { value: unknown; generation: number; storedAt: number };
const TTL_MS = 10 * 60_000;
type State = { store: CacheSpace<Stored>; running: Map<string, Promise<unknown>>; generation: number; limit: LimitFunction };

// On globalThis: route handlers and pages may hold separate copies of this module.
const KEY = Symbol.for("airr.search.results");

function state(): State {
  const g = globalThis as Record<symbol, State | undefined>;
  g[KEY] ??= { store: cacheSpace<Stored>("search"), running: new Map(), generation: 0, limit: pLimit(SEARCH_CONCURRENCY) };
  return g[KEY];
}

// Concurrent identical searches share one promise; a failure is not kept, and a search that
// was running while the content changed is not kept either.
export async function cachedSearch<T>(key: string, load: () => Promise<T>): Promise<T> {
  const s = state();
  const known = s.store.get(key);
  if (known && known.generation === s.generation && Date.now() - known.storedAt < TTL_MS) return known.value as T;
  const pending = s.running.get(key);
  if (pending) return pending as Promise<T>;
  const generation = s.generation;
  const running = s.limit(load);
  s.running.set(key, running);
  try {
    const value = await running;
    if (s.generation === generation) s.store.set(key, { value, generation, storedAt: Date.now() }, approximateSize(value));
    return value;
  } finally {
    if (s.running.get(key) === running) s.running.delete(key);
  }
}

export function forgetSearchResults(): void {
  const s = state();
  // Entries of an older generation are never read again; the budget evicts them in time.
  s.generation += 1;
  s.running.clear();
}
