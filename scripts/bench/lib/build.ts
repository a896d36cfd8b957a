import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// The production build of the bench goes to the project's one .next folder, prerendered
// from the bench database. A marker records that; the bench removes BUILD_ID when done
// (unless --keep-build) so the next `npm start` rebuilds from its own database instead of
// serving pages of synthetic articles.

const MARKER = path.join(".next", "bench-build.json");
const BUILD_ID = path.join(".next", "BUILD_ID");

export type BuildInfo = { seconds: number; prerendered: number };

function countPrerendered(dir = path.join(".next", "server", "app")): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && /\.(html|body)$/.test(e.name)).length;
}

export function runBuild(env: NodeJS.ProcessEnv, articles: number): BuildInfo {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build"], { stdio: ["ignore", 2, 2], env });
  if (result.status !== 0) throw new Error("The production build failed (output above).");
  const seconds = (performance.now() - started) / 1000;
  fs.writeFileSync(MARKER, JSON.stringify({ buildId: fs.readFileSync(BUILD_ID, "utf8"), siteUrl: env.SITE_URL, articles, builtAt: new Date().toISOString() }));
  return { seconds, prerendered: countPrerendered() };
}

// True when .next holds a complete build made by the bench for this SITE_URL.
export function hasBenchBuild(siteUrl: string | undefined): boolean {
  try {
    const marker = JSON.parse(fs.readFileSync(MARKER, "utf8")) as { buildId: string; siteUrl?: string };
    return marker.buildId === fs.readFileSync(BUILD_ID, "utf8") && marker.siteUrl === siteUrl;
  } catch {
    return false;
  }
}

export function retireBenchBuild() {
  fs.rmSync(BUILD_ID, { force: true });
  fs.rmSync(MARKER, { force: true });
}
