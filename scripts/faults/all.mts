// npm run test:faults [-- outage sigkill sigterm scale-out release install …]: the scenarios one after another,
// each in its own process, against the existing production build.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { printTable } from "./lib/report.ts";

const ALL = ["caches", "outage", "sigkill", "sigterm", "scale-out", "proxy", "release", "install", "outreach"];
const chosen = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = chosen.filter((name) => !ALL.includes(name));
if (unknown.length) {
  console.error(`✖ Unknown scenario ${unknown.join(", ")}; choose from ${ALL.join(", ")}.`);
  process.exit(2);
}

if (!fs.existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: running npm run build first.");
  if (spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
}

const results: string[][] = [];
for (const name of chosen.length ? chosen : ALL) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", `scripts/faults/${name}.mts`], { stdio: "inherit" });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  results.push([name, code === 0 ? "passed" : "FAILED", `${((Date.now() - started) / 1000).toFixed(0)} s`]);
}
printTable("Fault scenarios", ["scenario", "result", "time"], results);
process.exit(results.some((r) => r[1] !== "passed") ? 1 : 0);
