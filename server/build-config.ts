// Serves with the configuration the build wrote (.next/required-server-files.json) instead of
// compiling next.config.ts again at each start. That compile loads Next.js's SWC binary, @swc/core
// and a file watcher into the server, where they stay mapped for its whole life (about 40 MB
// resident) though nothing after the start uses them. Next.js's own standalone server does the
// same, through the same variable. The build's folder is replaced by this one, so a build made
// elsewhere is served as is.
import fs from "node:fs";
import path from "node:path";

const SERVER_FILES = path.join(".next", "required-server-files.json");

export function applyBuildConfig(): void {
  const { config } = JSON.parse(fs.readFileSync(SERVER_FILES, "utf8")) as { config: Record<string, unknown> };
  const here = process.cwd();
  const turbopack = { ...(config.turbopack as object | undefined), root: here };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify({ ...config, outputFileTracingRoot: here, repoRoot: here, turbopack });
}
