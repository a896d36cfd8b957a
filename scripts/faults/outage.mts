// Scenario "outage": under load, the database stops for a while and comes back.
// Cached pages must keep answering 200, pages that need the database 503 (never 500),
// /api/health and /ready 503, /api/health/live 200; after the restart everything answers 200 again within 5 s.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { migrate } from "../../server/db/open.ts";
import { startEmbeddedDb } from "../../server/db/embedded.ts";
import { freePort } from "../../server/net.ts";
import { seedDatabase } from "../seed/index.ts";
import { request, sleep, startLoad, type Sample } from "./lib/load.ts";
import { Checks, printCounts, printTable, finishScenario, runSteps } from "./lib/report.ts";
import { editorSessionCookie } from "./lib/session.ts";
import { onInterrupt } from "./lib/npm.ts";
import { seconds, startSite, tempDir, waitHealthy, type Site, stopAndKeepLog } from "./lib/site.ts";
import { CLASSES, targetMix } from "./lib/targets.ts";

const PHASE_MS = Number(process.env.FAULT_PHASE_MS ?? 10_000);
const CONCURRENCY = Number(process.env.FAULT_CONCURRENCY ?? 16);
const RECOVERY_LIMIT_MS = 5_000;
const checks = new Checks();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const dir = tempDir("outage");
const mediaDir = path.join(dir, "site", "media");
process.env.MEDIA_DIR = mediaDir; // the seed writes demo media there, not into the project
const pgPort = await freePort();
const startDb = () => startEmbeddedDb({ dataDir: path.join(dir, "db"), port: pgPort, database: "airr", fast: true });
let db = await startDb();
onInterrupt(() => db.stop());
let site: Site | null = null;

const secret = crypto.randomBytes(24).toString("base64url");
let cookie = "";
const messages = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));
const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { redirect: "manual", headers: { "accept-language": "ru", ...headers } }).catch(() => null);
  return { status: response?.status ?? "no answer", body: response ? await response.text() : "" };
};

// What a visitor and an editor read while the database is away, in their language.
async function probeDuringOutage(base: string) {
  for (const locale of ["ru", "en"] as const) {
    const { status, body } = await get(`${base}/${locale}/search?q=probe`);
    checks.check(
      `/${locale}/search shows the ${locale} error page during the outage`,
      body.includes(messages(`messages/${locale}.json`).ErrorPage.title),
      `status ${status}`,
    );
  }
  const signIn = await get(`${base}/admin/sign-in`);
  checks.check(
    "/admin/sign-in says the database is away during the outage",
    signIn.body.includes(messages("messages/admin/ru/auth.json").AdminSignIn.databaseDown),
    `status ${signIn.status}`,
  );
  const panel = await get(`${base}/admin`, { cookie });
  checks.check(
    "/admin shows a signed-in editor the back office's error page during the outage (no sign-out)",
    panel.body.includes(messages("messages/admin/ru/shell.json").AdminErrorPage.title),
    `status ${panel.status}`,
  );
}

await runSteps(
  checks,
  async () => {
    await migrate(db.url);
    await seedDatabase(db.url, { log: () => {} });
    site = await startSite({ DATABASE_URL: db.url, DATA_DIR: path.join(dir, "site"), MEDIA_DIR: mediaDir, BETTER_AUTH_SECRET: secret });
    await waitHealthy(site, 120_000);
    cookie = await editorSessionCookie(db.url, secret);
    const panel = await get(`${site.base}/admin`, { cookie });
    if (panel.status !== 200) throw new Error(`/admin with the editor's session answered ${panel.status}`);
    const targets = await targetMix(site.base);
    // Warm-up: every page once rendered, so cached reads are in the cache before the outage.
    for (const target of targets) {
      const first = await request(site.base, target, 30_000);
      const second = await request(site.base, target, 30_000);
      if (first.status !== 200 || second.status !== 200)
        throw new Error(`warm-up: ${target.path} answered ${first.status ?? first.error}, ${second.status ?? second.error}`);
    }

    const t = { start: Date.now(), stopBegin: 0, stopEnd: 0, restartBegin: 0, restartEnd: 0, end: 0 };
    const load = startLoad(site.base, targets, { concurrency: CONCURRENCY });
    await sleep(PHASE_MS);
    t.stopBegin = Date.now();
    await db.stop();
    t.stopEnd = Date.now();
    await Promise.all([sleep(PHASE_MS), sleep(1_000).then(() => probeDuringOutage(site!.base))]);
    t.restartBegin = Date.now();
    db = await startDb();
    t.restartEnd = Date.now();
    await sleep(PHASE_MS);
    await load.stop();
    t.end = Date.now();

    // A request belongs to a phase when it started and ended inside it; the rest overlapped
    // the database's stop or start ("transition").
    const phaseOf = (s: Sample) =>
      s.end < t.stopBegin ? "before" : s.start >= t.stopEnd && s.end < t.restartBegin ? "outage" : s.start >= t.restartEnd ? "after" : "transition";
    const samples = load.samples;
    printTable(
      "Timeline",
      ["event", "at"],
      [
        ["database stop", `${seconds(t.stopBegin - t.start)} (took ${t.stopEnd - t.stopBegin} ms)`],
        ["database start", `${seconds(t.restartBegin - t.start)} (took ${t.restartEnd - t.restartBegin} ms)`],
        ["end of load", seconds(t.end - t.start)],
      ],
    );
    printCounts(`Answers by phase (${CONCURRENCY} loops, ${samples.length} requests)`, samples, phaseOf, ["before", "transition", "outage", "after"]);

    const of = (phase: string[], cls: string) => samples.filter((s) => phase.includes(phaseOf(s)) && s.cls === cls);
    const statuses = (list: Sample[]) => [...new Set(list.map((s) => s.status ?? s.error))].join(", ");
    const before = samples.filter((s) => phaseOf(s) === "before");
    checks.check(
      "before the outage every request answers 200",
      before.every((s) => s.status === 200),
      statuses(before),
    );
    const cachedDuring = of(["transition", "outage"], CLASSES.cached);
    checks.check(
      "cached pages answer 200 throughout the outage",
      cachedDuring.length > 0 && cachedDuring.every((s) => s.status === 200),
      `${cachedDuring.filter((s) => s.status !== 200).length} of ${cachedDuring.length} not 200 (${statuses(cachedDuring)})`,
    );
    const uncached = of(["outage"], CLASSES.uncached);
    checks.check(
      "uncached pages answer 503 during the outage (never 500)",
      uncached.length > 0 && uncached.every((s) => s.status === 503),
      `${statuses(uncached)} over ${uncached.length}`,
    );
    const health = of(["outage"], CLASSES.health);
    checks.check(
      "/api/health and /api/health/ready answer 503 during the outage",
      health.length > 0 && health.every((s) => s.status === 503),
      statuses(health),
    );
    const live = of(["transition", "outage"], CLASSES.live);
    checks.check(
      "/api/health/live answers 200 throughout the outage (no restart by a liveness probe)",
      live.length > 0 && live.every((s) => s.status === 200),
      statuses(live),
    );
    // Under this load every answer waits its turn; the outage may add at most the 2 s connect timeout.
    const slowHealth = Math.max(0, ...health.map((s) => s.end - s.start));
    const usualHealth = median(of(["before"], CLASSES.health).map((s) => s.end - s.start));
    checks.check(
      "/api/health answers within 2 s (beyond its usual time under load) during the outage",
      slowHealth <= usualHealth + 2_000,
      `slowest ${slowHealth} ms, median before the outage ${usualHealth} ms`,
    );
    const admin = of(["transition", "outage"], CLASSES.admin);
    checks.check(
      "the sign-in page answers 200 or 503 during the outage",
      admin.every((s) => s.status === 200 || s.status === 503),
      statuses(admin),
    );
    const hung = samples.filter((s) => s.error === "timeout");
    checks.check("no request hangs (10 s timeout)", hung.length === 0, `${hung.length} timed out`);

    // Recovery: the first moment after the database's return from which every request
    // sent succeeds, i.e. just after the last failing one was sent.
    const after = samples.filter((s) => s.start >= t.restartEnd);
    const failedAfter = after.filter((s) => s.status !== 200);
    const recoveredAt = Math.max(t.restartEnd, ...failedAfter.map((s) => s.start + 1));
    const recovery = recoveredAt - t.restartEnd;
    checks.check(
      `recovery within ${RECOVERY_LIMIT_MS / 1000} s of the database's return`,
      recovery <= RECOVERY_LIMIT_MS,
      `${recovery} ms, ${failedAfter.length} failed request(s) sent after the return (${statuses(failedAfter) || "—"})`,
    );
    const okAfter = (cls: string) => after.filter((s) => s.cls === cls && s.start >= recoveredAt && s.status === 200).length;
    const missing = Object.values(CLASSES).filter((cls) => okAfter(cls) === 0);
    checks.check(
      "after recovery every URL class answers 200 again",
      missing.length === 0 && recoveredAt < t.end - 1_000,
      missing.join(", ") ||
        Object.values(CLASSES)
          .map((cls) => `${cls} ${okAfter(cls)}`)
          .join(", "),
    );
    const leaks = samples.filter((s) => s.leak);
    checks.check(
      "no body shows a stack trace, SQL or a driver error",
      leaks.length === 0,
      leaks
        .slice(0, 3)
        .map((s) => `${s.path}: ${s.leak}`)
        .join("; ") || "none",
    );
  },
  async () => {
    await stopAndKeepLog(site, dir);
    await db.stop();
  },
);
finishScenario(checks, "outage", dir);
