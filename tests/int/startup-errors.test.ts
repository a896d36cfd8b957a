import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/net";
import { runSite } from "../support/run-site";

async function failsWith(env: Record<string, string>, sentence: RegExp) {
  const run = runSite("start", env);
  expect(await run.exited).toBe(1);
  const out = run.output();
  expect(out).toMatch(sentence);
  // One clear sentence, not a stack trace.
  expect(out).not.toMatch(/\n\s+at /);
}

describe("start-up refuses bad configuration with one clear sentence", () => {
  it("a malformed DATABASE_URL", async () => {
    await failsWith({ DATABASE_URL: "mysql://u:p@localhost/x", PORT: String(await freePort()) }, /✖ DATABASE_URL must start with postgresql:\/\//);
  });

  it("an unreachable database", async () => {
    await failsWith({ DATABASE_URL: `postgresql://u:p@127.0.0.1:${await freePort()}/x`, DB_WAIT_MS: "1000", PORT: String(await freePort()) }, /✖ Cannot reach the PostgreSQL server at 127\.0\.0\.1:\d+/);
  });

  it("a port in use", async () => {
    const server = net.createServer().listen(0);
    await new Promise((r) => server.once("listening", r));
    const port = (server.address() as net.AddressInfo).port;
    await failsWith({ PORT: String(port) }, new RegExp(`✖ Port ${port} is already in use`));
    server.close();
  });

  it("a broken content file, releasing the data folder for the next start", async () => {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), "airr-content-"));
    const data = fs.mkdtempSync(path.join(os.tmpdir(), "airr-data-"));
    fs.cpSync(path.resolve("content"), content, { recursive: true });
    fs.writeFileSync(path.join(content, "people.json"), '[{"id": "x", "name": {"ru": "Имя"}}]');
    await failsWith({ CONTENT_DIR: content, DATA_DIR: data, PORT: String(await freePort()) }, /✖ Invalid content file people\.json: 0\.name\.en: .*Nothing was written/);
    // The next start with good content works on the same data folder.
    expect(fs.existsSync(path.join(data, "owner.pid"))).toBe(false);
    fs.rmSync(content, { recursive: true, force: true });
    fs.rmSync(data, { recursive: true, force: true });
  }, 60_000);
});
