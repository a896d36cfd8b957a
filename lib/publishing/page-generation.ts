import "server-only";

// The app server replays public pages it has kept (server/http/page-cache.ts) only while
// this count stays the same; every expiry of cache tags advances it, in this process.
const GENERATION = Symbol.for("airr.pages.generation");

export function advancePageGeneration(): void {
  const g = globalThis as Record<symbol, number | undefined>;
  g[GENERATION] = (g[GENERATION] ?? 0) + 1;
}
