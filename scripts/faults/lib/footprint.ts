// What a server occupies: its process group's resident memory, and a folder's size on disk.
import fs from "node:fs";
import path from "node:path";

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// The processes of a group (the runner and the Next.js server it started), read from /proc.
export function groupPids(pgid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) === pgid;
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}

const read = (file: string) => {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
};

export const processRss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`))?.[1] ?? 0) * 1024;

export function groupRss(pgid: number): number {
  return groupPids(pgid).reduce((total, pid) => total + processRss(pid), 0);
}

// The Next.js server (.next/airr/server.mjs) in a runner's process group.
export function serverPid(pgid: number): number {
  const pid = groupPids(pgid).find((p) => read(`/proc/${p}/cmdline`).includes(".next/airr/server.mjs"));
  if (!pid) throw new Error("no server process in the site's group");
  return pid;
}

export function treeSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}
