import { spawn, type ChildProcess } from "node:child_process";

export type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

// Starts the same runner as `npm start`, without npm in between, so signals reach it directly.
export function runSite(mode: "start" | "dev", env: Record<string, string>): Run {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/run.mts", mode, "--no-build"], {
    env: { ...process.env, DATABASE_URL: "", ADMIN_EMAIL: "", ADMIN_PASSWORD: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}
