import { describe, expect, it } from "vitest";
import { HEAP_HEADROOM_MB, heapLimitArgs, heapLimitMb, SEMI_SPACE_MB } from "../../server/heap-limit";

describe("the server's heap limit", () => {
  it("is the cache budget plus the headroom, and follows CACHE_MEMORY_MB", () => {
    expect(heapLimitMb({})).toBe(64 + HEAP_HEADROOM_MB);
    expect(heapLimitMb({ CACHE_MEMORY_MB: "32" })).toBe(32 + HEAP_HEADROOM_MB);
    // A value the server refuses falls back to the default here; the server names the mistake.
    expect(heapLimitMb({ CACHE_MEMORY_MB: "lots" })).toBe(64 + HEAP_HEADROOM_MB);
  });

  it("is passed by the runner with the young generation's size, each unless the operator gave it", () => {
    const semi = `--max-semi-space-size=${SEMI_SPACE_MB}`;
    expect(heapLimitArgs({ CACHE_MEMORY_MB: "200" })).toEqual([`--max-old-space-size=${200 + HEAP_HEADROOM_MB}`, semi]);
    expect(heapLimitArgs({ NODE_OPTIONS: "--enable-source-maps --max-old-space-size=2048" })).toEqual([semi]);
    expect(heapLimitArgs({ NODE_OPTIONS: "--max_old_space_size=512 --max-semi-space-size=16" })).toEqual([]);
  });
});
