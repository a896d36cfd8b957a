// One memory budget for every cache of a server process: Next.js's rendered pages, route
// responses and cached reads (next-cache-handler.mjs), the pages the server replays
// (page-cache.ts), the nonce templates (script-nonce.ts) and search results
// (lib/search/result-cache.ts). They share one LRU, so whatever
// is used least goes first, whichever cache it belongs to, and no visitor can grow them past
// CACHE_MEMORY_MB. Plain JavaScript: Next.js loads the cache handler with Node's own loader.
import { LRUCache } from "lru-cache";

export const DEFAULT_CACHE_MEMORY_MB = 64;
const MIN_MB = 8;
const MAX_MB = 16_384;
// One entry may take at most this share, so one huge page cannot empty the cache.
const MAX_ENTRY_SHARE = 8;
const STORE = Symbol.for("airr.cache.store");

/** Why CACHE_MEMORY_MB cannot be used, or null. */
export function cacheMemoryProblem(env = process.env) {
  const raw = env.CACHE_MEMORY_MB?.trim();
  if (!raw) return null;
  const mb = Number(raw);
  return Number.isInteger(mb) && mb >= MIN_MB && mb <= MAX_MB
    ? null
    : `CACHE_MEMORY_MB must be a whole number of megabytes from ${MIN_MB} to ${MAX_MB} (it is "${raw}").`;
}

export function cacheMemoryBytes(env = process.env) {
  return (cacheMemoryProblem(env) || !env.CACHE_MEMORY_MB?.trim() ? DEFAULT_CACHE_MEMORY_MB : Number(env.CACHE_MEMORY_MB)) * 1024 * 1024;
}

function createStore() {
  const maxSize = cacheMemoryBytes();
  const disposers = new Map();
  const store = new LRUCache({
    maxSize,
    maxEntrySize: Math.floor(maxSize / MAX_ENTRY_SHARE),
    sizeCalculation: (entry) => entry.size,
    dispose: (entry, key, reason) => {
      if (reason === "set") return;
      disposers.get(entry.namespace)?.(entry.key, entry.value);
    },
  });
  return { store, disposers };
}

// Kept on globalThis: Next.js loads the handler in its own module graph, the server in another.
function shared() {
  return (globalThis[STORE] ??= createStore());
}

/**
 * A view of the shared store for one cache. `size` is what an entry occupies in bytes (its
 * key included); `onEvict` hears of entries the budget pushed out.
 * `keyedByText`: the keys are whole texts (a page's HTML), used as they are. A prefixed copy of
 * such a key would be a second copy of the page, flattened again on every lookup; the entry
 * names its namespace instead, so a key that happens to be equal elsewhere is never mistaken.
 */
export function cacheSpace(namespace, { onEvict, keyedByText = false } = {}) {
  const { store, disposers } = shared();
  if (onEvict) disposers.set(namespace, onEvict);
  const prefix = keyedByText ? "" : `${namespace}:`;
  const mine = (entry) => (entry?.namespace === namespace ? entry : undefined);
  return {
    get: (key) => mine(store.get(prefix + key))?.value,
    set: (key, value, size) => void store.set(prefix + key, { namespace, key, value, size: Math.ceil(size + stringSize(key) + 64) }),
    delete: (key) => {
      if (mine(store.peek(prefix + key))) store.delete(prefix + key);
    },
  };
}

// What V8 holds for a string: one byte a character while every character fits in Latin-1,
// two otherwise (a page with any Cyrillic is two bytes a character throughout, ASCII included).
export function stringSize(text) {
  return /[^\x00-\xff]/.test(text) ? text.length * 2 : text.length;
}

/** Bytes held and the budget, for logs, benchmarks and tests. */
export function cacheUsage() {
  const { store } = shared();
  return { bytes: store.calculatedSize, entries: store.size, maxBytes: store.maxSize };
}

/** Bytes an arbitrary value takes, near enough: strings, buffers, maps, arrays and objects. */
export function approximateSize(value, depth = 0) {
  if (value === null || value === undefined) return 8;
  if (typeof value === "string") return stringSize(value);
  if (typeof value !== "object") return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (depth > 8) return 64;
  let size = 64;
  if (value instanceof Map) for (const [k, v] of value) size += approximateSize(k, depth + 1) + approximateSize(v, depth + 1);
  else if (Array.isArray(value)) for (const v of value) size += approximateSize(v, depth + 1);
  else for (const [k, v] of Object.entries(value)) size += k.length + approximateSize(v, depth + 1);
  return size;
}
