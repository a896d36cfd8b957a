// Scenario "install": a production host. The project's files in a fresh folder, the build made
// here copied beside them, `npm ci --omit=dev`, `npm run db:migrate` from that install, then the
// bare `node .next/airr/server.mjs` serves the copied build as it is: no rebuild, no
// devDependency (those npm keeps are removed first), no tracked file changed by installing.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb } from "../../server/db/embedded.ts";
import { freePort } from "../../server/net.ts";
import { leftovers, npm, runCommand, waitReady, type Command } from "./lib/npm.ts";
import { Checks, finishScenario, runSteps } from "./lib/report.ts";
import { seconds, tempDir } from "./lib/site.ts";
import { articlePath } from "./lib/targets.ts";

const checks = new Checks();
const dir = tempDir("install");
const site = path.join(dir, "site");
const server = await startEmbeddedDb({ dataDir: path.join(dir, "db"), database: "postgres", fast: true });
const url = server.url.replace(/\/postgres$/, "/airr_install");
const running: Command[] = [];
const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const DEV_ONLY = ["tsx", "typescript", "vitest", "esbuild", "@playwright/test", "tailwindcss", "eslint"];

await runSteps(
  checks,
  async () => {
    // What a checkout of this version holds, and the build from the build machine.
    const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { encoding: "utf8" })
      .split("\0")
      .filter((f) => f && fs.existsSync(f));
    for (const file of files) fs.cpSync(file, path.join(site, file));
    fs.cpSync(".next", path.join(site, ".next"), {
      recursive: true,
      preserveTimestamps: true,
      filter: (src) => !src.startsWith(path.join(".next", "cache")) && !src.startsWith(path.join(".next", "dev")),
    });
    const buildId = fs.readFileSync(path.join(site, ".next", "BUILD_ID"), "utf8");
    const tracked = ["package.json", "package-lock.json"].map((f) => [f, sha(path.join(site, f))] as const);

    const install = npm(["ci", "--omit=dev", "--no-audit", "--no-fund"], {}, site);
    running.push(install);
    const installCode = await install.exited;
    checks.check(
      "npm ci --omit=dev installs from the committed lock file",
      installCode === 0,
      `exit ${installCode} in ${seconds(install.elapsedMs())}${installCode ? `\n${install.output().slice(-1500)}` : ""}`,
    );
    const changed = tracked.filter(([f, hash]) => sha(path.join(site, f)) !== hash).map(([f]) => f);
    checks.check("installing changes no tracked file", changed.length === 0, changed.join(", ") || "package.json and package-lock.json unchanged");
    // npm keeps a devDependency that is also an optional peer of a runtime package (vitest of
    // better-auth, typescript of @prisma/client, tsx of vite…). They are removed here, so the
    // steps below prove that nothing at run time loads one.
    const present = DEV_ONLY.filter((name) => fs.existsSync(path.join(site, "node_modules", name, "package.json")));
    for (const name of present) fs.rmSync(path.join(site, "node_modules", name), { recursive: true });
    for (const bin of ["tsx", "tsc", "vitest", "esbuild", "playwright", "eslint"]) fs.rmSync(path.join(site, "node_modules", ".bin", bin), { force: true });
    console.log(`  devDependencies npm kept as optional peers, removed: ${present.join(", ") || "none"}`);

    // The release steps from that install: migrate, then the demo from the build machine.
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query("CREATE DATABASE airr_install");
    await admin.end();
    const migrate = npm(["run", "db:migrate"], { DATABASE_URL: url }, site);
    checks.check("npm run db:migrate works on the production install", (await migrate.exited) === 0, migrate.output().trim().split("\n").pop());
    const seed = npm(["run", "db:seed"], { DATABASE_URL: url });
    if ((await seed.exited) !== 0) throw new Error(`db:seed failed:\n${seed.output().slice(-1500)}`);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const serve = runCommand(process.execPath, [".next/airr/server.mjs"], { DATABASE_URL: url, PORT: String(port), DATA_DIR: path.join(dir, "data") }, site);
    running.push(serve);
    await waitReady(base, serve, 60_000);
    const article = await articlePath(base);
    const pages = await Promise.all(
      ["/ru", "/en/press/news", article].map((p) =>
        fetch(base + p).then(async (r) => ({ p, status: r.status, nonce: /<script nonce="[^"]+"/.test(await r.text()) })),
      ),
    );
    checks.check(
      "the copied build serves pages with their nonces",
      pages.every((p) => p.status === 200 && p.nonce),
      pages.map((p) => `${p.p} ${p.status}`).join(", "),
    );
    checks.check(
      "the build was served as it is, not rebuilt",
      fs.readFileSync(path.join(site, ".next", "BUILD_ID"), "utf8") === buildId && !/build/i.test(serve.output().match(/"msg":"[^"]*build[^"]*"/i)?.[0] ?? ""),
    );
    // The build's own configuration is used: compiling next.config.ts again would load SWC's
    // native binaries and a file watcher, resident for the process's whole life.
    const natives = [...new Set(fs.readFileSync(`/proc/${serve.pid}/maps`, "utf8").match(/[^/\s]*(?:swc|watcher)[^/\s]*\.node$/gm) ?? [])];
    checks.check("the server compiles nothing at start (no SWC or file watcher loaded)", natives.length === 0, natives.join(", ") || "none loaded");
    process.kill(serve.pid, "SIGTERM");
    await serve.exited;
    const left = await leftovers(serve);
    checks.check("SIGTERM stops it and leaves nothing", left.length === 0, left.join(", ") || "nothing left");
  },
  async () => {
    for (const c of running) if (c.running()) process.kill(-c.pid, "SIGKILL");
    await server.stop();
  },
);
finishScenario(checks, "install", dir);
