import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { freePort } from "../../server/net";
import { runSite } from "../support/run-site";

type Command = Parameters<typeof runSite>[0];

// One JSON line at level "fatal" with one sentence, no stack, and the exit code 1.
async function failsWith(env: Record<string, string>, sentence: RegExp, command: Command = "start") {
  const started = Date.now();
  const run = runSite(command, env);
  expect(await run.exited).toBe(1);
  expect(run.fatal()).toEqual([expect.stringMatching(sentence)]);
  expect(run.output()).not.toMatch(/\n\s+at /);
  for (const line of run.output().trim().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
  return Date.now() - started;
}

function withCredentials(change: { password?: string; database?: string }) {
  const url = new URL(inject("pgAdminUrl"));
  if (change.password) url.password = change.password;
  if (change.database) url.pathname = `/${change.database}`;
  return url.href;
}

describe("start-up refuses bad configuration with one clear sentence", () => {
  it("a malformed DATABASE_URL", async () => {
    await failsWith({ DATABASE_URL: "mysql://u:p@localhost/x", PORT: String(await freePort()) }, /^DATABASE_URL must start with postgresql:\/\//);
  });

  it.each(["start", "migrate"] as const)("a wrong password, named within 2 s (%s)", async (command) => {
    const ms = await failsWith(
      { DATABASE_URL: withCredentials({ password: "wrong-password" }), PORT: String(await freePort()) },
      /^The PostgreSQL server at 127\.0\.0\.1:\d+ refused the password for user "postgres".*PostgreSQL: "password authentication failed/,
      command,
    );
    expect(ms).toBeLessThan(2_000 + 1_500); // the process's own start (tsx) included
  });

  it("a database that does not exist", async () => {
    await failsWith(
      { DATABASE_URL: withCredentials({ database: "no_such_db" }), PORT: String(await freePort()) },
      /^The PostgreSQL server at 127\.0\.0\.1:\d+ has no database "no_such_db"; create it/,
    );
  });

  it("a closed port, after waiting DB_WAIT_MS for a server that may be starting", async () => {
    await failsWith(
      { DATABASE_URL: `postgresql://u:p@127.0.0.1:${await freePort()}/x`, DB_WAIT_MS: "1000", PORT: String(await freePort()) },
      /^Nothing accepts connections at 127\.0\.0\.1:\d+ named by DATABASE_URL/,
    );
  });

  it("a too short ADMIN_PASSWORD, before the database is touched", async () => {
    const ms = await failsWith(
      { ADMIN_EMAIL: "a@b.ru", ADMIN_PASSWORD: "short", DATABASE_URL: `postgresql://u:p@127.0.0.1:${await freePort()}/x`, PORT: String(await freePort()) },
      /^ADMIN_EMAIL must be an e-mail address and ADMIN_PASSWORD 12 to 128 characters long/,
    );
    expect(ms).toBeLessThan(2_000 + 1_500);
  });

  it("an unknown LOG_LEVEL", async () => {
    await failsWith(
      { LOG_LEVEL: "verbose", PORT: String(await freePort()) },
      /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(it is "verbose"\)\.$/,
    );
  });

  it("a port in use", async () => {
    const server = net.createServer().listen(0);
    await new Promise((r) => server.once("listening", r));
    const port = (server.address() as net.AddressInfo).port;
    await failsWith({ PORT: String(port) }, new RegExp(`^Port ${port} is already in use`));
    server.close();
  });

  it("serving with no DATABASE_URL", async () => {
    await failsWith({ PORT: String(await freePort()) }, /^DATABASE_URL is not set: name the PostgreSQL server to serve from/, "serve");
  });

  it("migrating with no DATABASE_URL", async () => {
    await failsWith({}, /^DATABASE_URL is not set\. npm start migrates its embedded database itself/, "migrate");
  });

  it("a broken content file, releasing the data folder for the next start", async () => {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), "airr-content-"));
    const data = fs.mkdtempSync(path.join(os.tmpdir(), "airr-data-"));
    fs.cpSync(path.resolve("content"), content, { recursive: true });
    fs.writeFileSync(path.join(content, "people.json"), '[{"id": "x", "name": {"ru": "Имя"}}]');
    await failsWith(
      { CONTENT_DIR: content, DATA_DIR: data, PORT: String(await freePort()) },
      /^Invalid content file people\.json: 0\.name\.en: .*Nothing was written/,
    );
    // The next start with good content works on the same data folder.
    expect(fs.existsSync(path.join(data, "owner.pid"))).toBe(false);
    fs.rmSync(content, { recursive: true, force: true });
    fs.rmSync(data, { recursive: true, force: true });
  }, 60_000);
});
