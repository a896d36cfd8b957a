import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { heapLimitArgs } from "../../server/heap-limit";

const analyze = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].find((p) => fs.existsSync(p));

describe("deploy/airr.service", () => {
  it("runs the bundled server with node alone, never npm, a shell or a build step", () => {
    const unit = fs.readFileSync("deploy/airr.service", "utf8");
    // With the memory flags the runner and `npm run serve` give (server/heap-limit.ts).
    expect(unit).toMatch(new RegExp(`^ExecStart=/usr/bin/node ${heapLimitArgs({}).join(" ")} \\.next/airr/server\\.mjs$`, "m"));
    expect(unit).not.toMatch(/^Exec\w*=.*\b(npm|sh|tsx|migrate|build)\b/m);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
  });

  it.runIf(analyze)("passes systemd-analyze verify without a warning", () => {
    const result = spawnSync(analyze!, ["verify", "deploy/airr.service"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stderr.trim()).toBe("");
  });
});

describe("npm run serve", () => {
  // The script repeats the budget's default and the headroom in shell arithmetic; this keeps
  // them equal to server/heap-limit.ts, with and without CACHE_MEMORY_MB.
  it("gives the server the same memory flags as the runner", () => {
    const serve = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts.serve!;
    for (const budget of [undefined, "32"]) {
      const env = { ...process.env, CACHE_MEMORY_MB: budget };
      const echoed = spawnSync("sh", ["-c", serve.replace(/^node /, "echo ")], { encoding: "utf8", env }).stdout.trim();
      expect(echoed).toBe(`${heapLimitArgs({ CACHE_MEMORY_MB: budget }).join(" ")} .next/airr/server.mjs`);
    }
  });
});
