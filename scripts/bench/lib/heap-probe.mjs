// Preloaded into the bench's server process (NODE_OPTIONS=--import …): on SIGUSR2 it runs a
// full garbage collection through the inspector and writes process.memoryUsage() to
// BENCH_HEAP_FILE, so the bench can tell memory the server keeps from garbage V8 has not
// collected yet. Inactive in every other process (the runner around the server).
import fs from "node:fs";
import inspector from "node:inspector";

if (process.env.BENCH_HEAP_FILE && process.argv.some((a) => a.includes(".next/airr/server.mjs"))) {
  const session = new inspector.Session();
  session.connect();
  process.on("SIGUSR2", () => {
    session.post("HeapProfiler.collectGarbage", () => {
      // The shared cache budget's fill (server/cache/memory-budget.mjs), beside the heap.
      const caches = globalThis[Symbol.for("airr.cache.store")]?.store;
      fs.writeFileSync(process.env.BENCH_HEAP_FILE, JSON.stringify({ at: Date.now(), ...process.memoryUsage(), cacheBytes: caches?.calculatedSize ?? 0 }));
    });
  });
}
