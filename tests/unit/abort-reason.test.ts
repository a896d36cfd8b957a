import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// nodejs/node#66129 as React's server renderer meets it: each request's store holds a payload,
// and a callback run by setImmediate aborts a controller with an Error that outlives it (as a
// finished render's cacheController keeps its reason). Reports the memory still held after a
// full collection, in megabytes.
const script = (patch: boolean) => `
  ${patch ? `const { releaseAbortReasonFrames } = await import(${JSON.stringify(pathToFileURL(path.resolve("server/abort-reason.mjs")).href)}); releaseAbortReasonFrames();` : ""}
  const { AsyncLocalStorage } = await import("node:async_hooks");
  const als = new AsyncLocalStorage();
  const kept = [];
  await new Promise((done) => {
    let left = 200;
    for (let i = 0; i < 200; i++)
      als.run({ payload: Buffer.alloc(1 << 20, 1) }, () =>
        setImmediate(() => {
          const controller = new AbortController();
          if (i % 50 === 0) kept.push(controller);
          controller.abort(new Error("This render completed successfully."));
          if (--left === 0) setTimeout(done, 20);
        }),
      );
  });
  gc(); gc();
  console.log(Math.round(process.memoryUsage().arrayBuffers / 1048576), kept.length);
`;

const heldMb = (patch: boolean) =>
  Number(execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script(patch)], { encoding: "utf8" }).split(" ")[0]);

describe("abort reasons made inside an Immediate", () => {
  it("keep every request of their batch alive unless their stack is read at once", () => {
    expect(heldMb(false)).toBeGreaterThan(150);
    expect(heldMb(true)).toBeLessThan(20);
  });
});
