import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../../server/net";
import { runSite } from "../support/run-site";

test.describe.configure({ mode: "serial" });

function postgresRunningOn(dir: string): boolean {
  return fs.readdirSync("/proc").some((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(`${dir}/postgres`);
    } catch {
      return false;
    }
  });
}

test("SIGTERM stops Next.js, then the embedded database, and exits cleanly", async ({ request }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "airr-lifecycle-"));
  const port = await freePort();
  const run = runSite("start", { DATA_DIR: dir, PORT: String(port) });
  await expect.poll(async () => (await request.get(`http://localhost:${port}/api/health`).catch(() => null))?.status(), { timeout: 150_000 }).toBe(200);
  expect((await request.get(`http://localhost:${port}/ru/regions`)).status()).toBe(200);
  expect(postgresRunningOn(dir)).toBe(true);

  run.child.kill("SIGTERM");
  expect(await run.exited).toBe(0);
  expect(postgresRunningOn(dir)).toBe(false);
  expect(fs.existsSync(path.join(dir, "postgres", "postmaster.pid"))).toBe(false);
  expect(fs.readFileSync(path.join(dir, "postgres.log"), "utf8")).toMatch(/database system is shut down/);
  fs.rmSync(dir, { recursive: true, force: true });
});
