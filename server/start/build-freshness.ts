import fs from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "server",
  "i18n",
  "messages",
  "prisma",
  "public",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

// `npm start` after a pull or an edit must not serve an old build. The server bundle is the
// last file a build writes.
export function needsBuild(bundle: string): boolean {
  if (!fs.existsSync(bundle) || !fs.existsSync(path.join(".next", "BUILD_ID"))) return true;
  const built = fs.statSync(bundle).mtimeMs;
  return SOURCES.some((entry) => newestMtime(entry) > built);
}
