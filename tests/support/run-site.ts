import { spawn, type ChildProcess } from "node:child_process";

export type Run = {
  child: ChildProcess;
  output: () => string;
  // The messages of the run's fatal log lines.
  fatal: () => string[];
  exited: Promise<number | null>;
};

type Command = "start" | "dev" | "serve" | "migrate";

const ARGS: Record<Command, string[]> = {
  start: ["--import", "tsx", "server/start/run.ts", "start", "--no-build"],
  dev: ["--import", "tsx", "server/start/run.ts", "dev", "--no-build"],
  // The server's source rather than its bundle: its checks run before Next.js needs a build.
  serve: ["--import", "tsx", "server/index.ts"],
  migrate: ["server/migrate.mjs"],
};

// Runs what `npm start` (or `npm run serve`, `npm run db:migrate`) runs, without npm in
// between, so signals reach it directly.
export function runSite(command: Command, env: Record<string, string>): Run {
  const child = spawn(process.execPath, ARGS[command], {
    env: { ...process.env, DATABASE_URL: "", ADMIN_EMAIL: "", ADMIN_PASSWORD: "", LOG_LEVEL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const fatal = () =>
    out
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { level: string; msg: string })
      .filter((entry) => entry.level === "fatal")
      .map((entry) => entry.msg);
  return { child, output: () => out, fatal, exited };
}
