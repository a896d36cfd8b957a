// `npm run build`: Next.js's production build, then this server bundled into one plain
// JavaScript file beside it, so serving needs neither TypeScript nor any build tool.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "../startup-error.mjs";

export const SERVER_BUNDLE = path.join(".next", "airr", "server.mjs");

export async function buildSite(env: NodeJS.ProcessEnv): Promise<void> {
  const next = path.resolve("node_modules", ".bin", "next");
  const result = spawnSync(next, ["build"], { stdio: "inherit", env });
  if (result.status !== 0) throw new StartupError("The production build failed (output above).");
  await bundleServer();
}

export async function bundleServer(outfile = SERVER_BUNDLE): Promise<void> {
  // Packages stay imports resolved from node_modules at run time; only the project's own
  // modules (server/, the few lib/ modules it shares) are compiled in.
  // Imported here: esbuild starts a helper process as soon as it is loaded.
  const { build } = await import("esbuild");
  await build({
    entryPoints: [path.join("server", "index.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
    legalComments: "none",
  });
  fs.writeFileSync(path.join(path.dirname(outfile), "package.json"), JSON.stringify({ type: "module" }));
}
