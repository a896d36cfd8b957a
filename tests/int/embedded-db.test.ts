import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDb } from "../../server/db/embedded";
import { firstConnectError } from "../../server/db/connect.mjs";

const canConnect = async (url: string) => (await firstConnectError(url)) === null;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "airr-embedded-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function holdInChild(): Promise<{ pid: number; url: string; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-db.mts", dir], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = out.match(/postgresql:\/\/\S+/)?.[0];
      if (url) resolve({ pid: child.pid!, url, exited: new Promise((done) => child.once("exit", done)) });
    });
    child.once("exit", (code) => reject(new Error(`holder exited with ${code}: ${err}`)));
  });
}

describe("embedded PostgreSQL", () => {
  it("starts after its parent was killed with SIGKILL, with no manual step", async () => {
    const holder = await holdInChild();
    expect(await canConnect(holder.url)).toBe(true);
    process.kill(holder.pid, "SIGKILL");
    // Until it is reaped, a killed child still answers as a live process (and would be taken for
    // a second instance); the orphaned server and its lock file stay.
    await holder.exited;
    expect(fs.existsSync(path.join(dir, "postgres", "postmaster.pid"))).toBe(true);
    const db = await startEmbeddedDb({ dataDir: dir, database: "postgres", fast: true });
    expect(await canConnect(db.url)).toBe(true);
    expect(await canConnect(holder.url)).toBe(false);
    await db.stop();
  }, 60_000);

  it("starts over a stale lock file whose process is gone", async () => {
    const lock = path.join(dir, "postgres", "postmaster.pid");
    fs.writeFileSync(lock, `999999\n${path.join(dir, "postgres")}\n0\n5432\n`);
    const db = await startEmbeddedDb({ dataDir: dir, database: "postgres", fast: true });
    expect(await canConnect(db.url)).toBe(true);
    await db.stop();
    expect(fs.existsSync(lock)).toBe(false);
  }, 60_000);

  it("refuses a second live instance on the same data with a clear sentence", async () => {
    const holder = await holdInChild();
    await expect(startEmbeddedDb({ dataDir: dir, database: "postgres" })).rejects.toThrow(/already using the database/);
    expect(await canConnect(holder.url)).toBe(true);
    process.kill(holder.pid, "SIGKILL");
    // Until it is reaped, a killed child still answers as a live process.
    await holder.exited;
    const db = await startEmbeddedDb({ dataDir: dir, database: "postgres", fast: true });
    await db.stop();
  }, 60_000);
});
