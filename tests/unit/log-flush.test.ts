import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// Lines are gathered before they are written; none may be lost or held for long.
const LOG = pathToFileURL(path.resolve("server/log.mjs")).href;

function run(script: string, onLine?: (line: string, child: ReturnType<typeof spawn>) => void) {
  return new Promise<{ lines: string[]; code: number | null }>((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", `import { log } from ${JSON.stringify(LOG)};\n${script}`]);
    const lines: string[] = [];
    let rest = "";
    child.stdout.on("data", (data: Buffer) => {
      const parts = (rest + data.toString("utf8")).split("\n");
      rest = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        onLine?.(line, child);
      }
    });
    child.on("close", (code) => resolve({ lines, code }));
  });
}

describe("the server's log", () => {
  it("writes every line gathered so far when the process exits at once", async () => {
    const { lines, code } = await run(`for (let i = 0; i < 5; i++) log("info", "line " + i);\nprocess.exit(3);`);
    expect(code).toBe(3);
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(["line 0", "line 1", "line 2", "line 3", "line 4"]);
  });

  it("writes a lone line within a fraction of a second while the process goes on", async () => {
    const started = Date.now();
    let seenAfter = Infinity;
    await run(`log("info", "alone");\nsetTimeout(() => {}, 5000);`, (line, child) => {
      if (JSON.parse(line).msg === "alone") seenAfter = Date.now() - started;
      child.kill();
    });
    // Process start included; the line itself waits at most 100 ms.
    expect(seenAfter).toBeLessThan(3000);
  });
});
