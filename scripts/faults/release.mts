// Scenario "release": the steps of a real deployment, against a PostgreSQL server of its own
// (an embedded one in a scratch folder stands for it). Two `npm run db:migrate` at once, and no
// demo record after them; two `npm start` at once on an empty database; SIGTERM to `npm start`
// and, under load, to `npm run serve`, then the port is free and no process is left; a wrong
// password named within 2 s. The install from a fresh folder is scenario "install".
import pg from "pg";
import { startEmbeddedDb } from "../../server/db/embedded.ts";
import { freePort, isPortFree } from "../../server/net.ts";
import { groupRss, mb } from "./lib/footprint.ts";
import { sleep, startLoad } from "./lib/load.ts";
import { leftovers, npm, runCommand, waitReady, type Command } from "./lib/npm.ts";
import { Checks, finishScenario, runSteps } from "./lib/report.ts";
import { seconds, tempDir } from "./lib/site.ts";
import { servedThroughDrain, targetMix } from "./lib/targets.ts";

const checks = new Checks();
const dir = tempDir("release");
const server = await startEmbeddedDb({ dataDir: dir, database: "postgres", fast: true });
const urlOf = (name: string) => server.url.replace(/\/postgres$/, `/${name}`);
const running: Command[] = [];

async function sql<T>(url: string, query: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(query)).rows as T[];
  } finally {
    await client.end();
  }
}
const demoRecords = async (url: string) =>
  (await sql<{ n: number }>(url, `SELECT ((SELECT count(*) FROM "Region") + (SELECT count(*) FROM "Article") + (SELECT count(*) FROM "Page"))::int AS n`))[0]!
    .n;

// SIGTERM to npm's own process, as `kill $PID`, Docker or a process manager would send it.
async function stopThroughNpm(name: string, command: Command, port: number) {
  const signalAt = Date.now();
  process.kill(command.pid, "SIGTERM");
  const code = await Promise.race([command.exited, sleep(30_000).then(() => "still running" as const)]);
  const left = await leftovers(command);
  checks.check(
    `${name}: SIGTERM to npm ends it within 30 s`,
    code !== "still running",
    `${code === "still running" ? code : `exit ${code}`} after ${seconds(Date.now() - signalAt)}`,
  );
  checks.check(`${name}: no process of its group is left`, left.length === 0, left.length ? `left: ${left.join(", ")}` : "none");
  checks.check(`${name}: port ${port} is free again`, await isPortFree(port));
}

await runSteps(
  checks,
  async () => {
    for (const name of ["release_a", "release_b"]) await sql(server.url, `CREATE DATABASE ${name}`);

    // Two release jobs at once: both succeed, one after the other.
    const migrations = [0, 1].map(() => npm(["run", "db:migrate"], { DATABASE_URL: urlOf("release_a") }));
    const codes = await Promise.all(migrations.map((m) => m.exited));
    checks.check(
      "two db:migrate at once both succeed",
      codes.every((c) => c === 0),
      migrations.map((m, i) => `exit ${codes[i]} in ${seconds(m.elapsedMs())}`).join(", ") +
        (codes.some((c) => c !== 0) ? `\n${migrations.map((m) => m.output()).join("\n")}` : ""),
    );
    const applied = await sql<{ n: number }>(urlOf("release_a"), `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    checks.check(
      "each migration is recorded once",
      applied[0]!.n > 0 && migrations.some((m) => /"database schema is up to date"|waiting for another migration/.test(m.output())),
      `${applied[0]!.n} rows`,
    );
    checks.check("migrating writes no demo record", (await demoRecords(urlOf("release_a"))) === 0);

    // A wrong password: named at once by the bare command a process manager runs.
    const wrong = new URL(urlOf("release_a"));
    wrong.password = "not-the-password";
    const refused = runCommand(process.execPath, [".next/airr/server.mjs"], { DATABASE_URL: wrong.href, PORT: String(await freePort()) });
    const refusedCode = await refused.exited;
    checks.check(
      "a wrong password stops the server within 2 s, naming the password",
      refusedCode === 1 && refused.elapsedMs() < 2_000 && /refused the password for user/.test(refused.output()),
      `exit ${refusedCode} after ${seconds(refused.elapsedMs())}: ${refused.output().trim().split("\n").pop()}`,
    );

    // Two `npm start`s at once on an empty database: both migrate (one waits), both serve.
    const ports = [await freePort(), await freePort()];
    const starts = ports.map((port) => npm(["start", "--", "--no-build"], { DATABASE_URL: urlOf("release_b"), PORT: String(port) }));
    running.push(...starts);
    const ready = await Promise.allSettled(starts.map((s, i) => waitReady(`http://127.0.0.1:${ports[i]}`, s, 120_000)));
    checks.check(
      "two npm start at once on an empty database both become ready",
      ready.every((r) => r.status === "fulfilled"),
      ready.map((r) => (r.status === "fulfilled" ? "ready" : String(r.reason).slice(0, 400))).join("; "),
    );
    checks.check("starting on an external database writes no demo record", (await demoRecords(urlOf("release_b"))) === 0);
    for (const [i, s] of starts.entries()) await stopThroughNpm(`npm start #${i + 1}`, s, ports[i]!);

    // Demo content only on request.
    const seed = npm(["run", "db:seed"], { DATABASE_URL: urlOf("release_a") });
    checks.check(
      "npm run db:seed loads the demo on request",
      (await seed.exited) === 0 && (await demoRecords(urlOf("release_a"))) > 0,
      seed.output().trim().split("\n").slice(-2).join(" "),
    );

    // `npm run serve` under load, then SIGTERM to npm.
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const serve = npm(["run", "serve"], { DATABASE_URL: urlOf("release_a"), PORT: String(port), TRUST_PROXY_HOPS: "1", BETTER_AUTH_SECRET: "s".repeat(40) });
    running.push(serve);
    await waitReady(base, serve, 60_000);
    const afterStart = groupRss(serve.pid);
    const load = startLoad(base, await targetMix(base), { concurrency: 16 });
    await sleep(4_000);
    const underLoad = groupRss(serve.pid);
    const signalAt = Date.now();
    const stopping = stopThroughNpm("npm run serve under load", serve, port);
    await stopping;
    await load.stop();
    const before = load.samples.filter((s) => s.start < signalAt);
    const failed = before.filter((s) => !servedThroughDrain(s));
    checks.check(
      "every request sent before the signal answers 200 (the readiness probe 200 or 503)",
      before.length > 0 && failed.length === 0,
      `${before.length - failed.length} of ${before.length}${failed.length ? `; ${[...new Set(failed.map((s) => `${s.status ?? s.error} ${s.path}`))].join(", ")}` : ""}`,
    );
    console.log(`  resident size of npm run serve (npm, sh, node): ${mb(afterStart)} after start, ${mb(underLoad)} under load`);
  },
  async () => {
    for (const c of running) if (c.running()) process.kill(-c.pid, "SIGKILL");
    await server.stop();
  },
);
finishScenario(checks, "release", dir);
