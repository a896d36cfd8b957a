// npm run test:scale — two servers on one PostgreSQL and one build. A text published by
// server A (its scheduler, the app's own publishing path) must show on every public page of
// server B within 1 s, before and after a database restart that both cache listeners survive.
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrate } from "../../server/db/open.ts";
import { startEmbeddedDb } from "../../server/db/embedded.ts";
import { freePort } from "../../server/net.ts";
import { createPrisma } from "../lib/prisma.ts";
import { seedDatabase } from "../seed/index.ts";
import { sleep } from "./lib/load.ts";
import { Checks, printTable, finishScenario, runSteps } from "./lib/report.ts";
import { onInterrupt } from "./lib/npm.ts";
import { seconds, startSite, stopSite, tempDir, waitFor, waitHealthy, type Site } from "./lib/site.ts";
import { articlePath } from "./lib/targets.ts";
import { planArticle, probes, publishedAt, read, scheduleArticle, shownAt } from "./lib/visibility.ts";

const LIMIT_MS = 1_000;
const checks = new Checks();
if (!fs.existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: running npm run build first.");
  if (spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
}
const dir = tempDir("scale");
const mediaDir = path.join(dir, "site", "media");
process.env.MEDIA_DIR = mediaDir;
const pgPort = await freePort();
const startDb = () => startEmbeddedDb({ dataDir: path.join(dir, "db"), port: pgPort, database: "airr", fast: true });
let db = await startDb();
onInterrupt(() => db.stop());
const prisma = createPrisma(db.url);
const sites: Site[] = [];
const delays: string[][] = [];
const timeline: string[][] = [];
const started = Date.now();
const mark = (event: string, detail = "") => timeline.push([event, seconds(Date.now() - started), detail]);
// Expiries for another server's notices (not the settling second expiry of a server's own changes).
const invalidations = (site: Site) =>
  site
    .output()
    .split("\n")
    .filter((l) => l.includes("cache: expired") && l.includes("(notice)")).length;

async function listeners(): Promise<number> {
  const rows = await prisma.$queryRaw<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'airr-cache-listener' AND query ILIKE 'LISTEN%'`.catch(() => [{ n: -1 }]);
  return rows[0]?.n ?? -1;
}
async function waitForListeners(count: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while ((await listeners()) !== count) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

// Per page, one publication through A, then that page asked for on B every 50 ms. One page at
// a time, as a visitor would: B's render time of that page counts, not of seven at once.
async function round(label: string, a: Site, b: Site, region: { id: string; slug: string }) {
  const late: string[] = [];
  const pageCount = probes(planArticle(""), region.slug).length;
  for (let i = 0; i < pageCount; i++) {
    const planned = planArticle(`${label}-${i}`);
    const probe = probes(planned, region.slug)[i]!;
    for (const site of [a, b]) {
      await read(site.base, probe.path);
      const warm = await read(site.base, probe.path);
      if (warm.status !== (probe.page === "article" ? 404 : 200) || probe.shows(warm.status, warm.body))
        throw new Error(`${label}: warm-up of ${probe.path} on port ${site.port} answered ${warm.status}`);
    }
    const articleId = await scheduleArticle(prisma, region.id, planned);
    const published = await publishedAt(prisma, articleId, 15_000);
    if (published === null) throw new Error(`${label}: server A's scheduler did not publish within 15 s`);
    const shown = await shownAt(b.base, probe, 10_000);
    const ms = (from: number) => (shown === null ? "not within 10 s" : `${shown - from} ms`);
    delays.push([label, probe.page, probe.path, ms(published.seen), ms(published.began)]);
    if (shown === null || shown - published.began > LIMIT_MS) late.push(probe.page);
    const onA = await read(a.base, probe.path);
    if (!probe.shows(onA.status, onA.body)) late.push(`${probe.page} (on A)`);
  }
  mark(`${label}: ${pageCount} texts published by A`);
  checks.check(
    `${label}: each page of B shows A's publication within ${LIMIT_MS} ms (and A shows it too)`,
    late.length === 0,
    late.length ? `late: ${late.join(", ")}` : "",
  );
}

await runSteps(
  checks,
  async () => {
    await migrate(db.url);
    await seedDatabase(db.url, { log: () => {} });
    const region = await prisma.region.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true, slug: true } });
    const env = {
      DATABASE_URL: db.url,
      DATA_DIR: path.join(dir, "site"),
      MEDIA_DIR: mediaDir,
      BETTER_AUTH_SECRET: crypto.randomBytes(24).toString("base64url"),
    };
    // One after the other: each start applies migrations under an advisory lock.
    // B's scheduler waits an hour: every publication in this test goes through A.
    const a = await startSite({ ...env, SCHEDULER_INTERVAL_MS: "250" });
    sites.push(a);
    await waitHealthy(a, 180_000);
    const b = await startSite({ ...env, SCHEDULER_INTERVAL_MS: "3600000" });
    sites.push(b);
    await waitHealthy(b, 180_000);
    mark("both servers healthy", `A :${a.port}, B :${b.port}`);
    checks.check("both servers listen on the airr_cache channel", await waitForListeners(2, 10_000), `${await listeners()} listener(s)`);
    // Servers that have served the site for a while: an article rendered on each, and one
    // publication (unmeasured) through A's scheduler.
    const existing = await articlePath(a.base);
    const first = planArticle("warm-up");
    await publishedAt(prisma, await scheduleArticle(prisma, region.id, first), 15_000);
    // After the settling expiry of that publication (lib/publishing/invalidate.ts), the pages are cached for good.
    await sleep(2_500);
    for (const site of sites) for (const path of [existing, `/ru/press/news/${first.slug}`]) await read(site.base, path);
    // Control: a title changed behind the app's back (no NOTIFY) stays unseen on B for a while,
    // so what the rounds measure is the notice at work, not a page that was never cached.
    const control = "Контрольный заголовок без уведомления";
    await prisma.articleTranslation.updateMany({ where: { locale: "ru", slug: decodeURIComponent(existing.split("/").pop()!) }, data: { title: control } });
    await sleep(1_500);
    const unseen = await read(b.base, existing);
    checks.check(
      "control: without a notice B keeps serving its cached article",
      unseen.status === 200 && !unseen.body.includes(control),
      `status ${unseen.status}`,
    );
    const invalidate = (headers: Record<string, string>) =>
      fetch(`${b.base}/api/internal/invalidate`, { method: "POST", headers, body: '{"tags":["articles"]}' }).then(
        (r) => r.status,
        () => 0,
      );
    const refusals = [await invalidate({}), await invalidate({ origin: "https://evil.example", "x-scheduler-token": "guess" })];
    checks.check(
      "/api/internal/invalidate refuses a caller without the token (404) and a foreign origin (403)",
      refusals[0] === 404 && refusals[1] === 403,
      refusals.join(", "),
    );

    await round("before restart", a, b, region);
    checks.check(
      "A ignores its own notices; B expires what A announced",
      invalidations(a) === 0 && invalidations(b) > 0,
      `invalidation requests: A ${invalidations(a)}, B ${invalidations(b)}`,
    );

    mark("database stop");
    await db.stop();
    await sleep(2_000);
    db = await startDb();
    const back = Date.now();
    mark("database started again");
    const reconnected = await waitForListeners(2, 30_000);
    mark("both listeners back", `${Date.now() - back} ms after the database`);
    checks.check("both listeners reconnect within 15 s of the database's return", reconnected && Date.now() - back <= 15_000, `${Date.now() - back} ms`);
    // The session shows in pg_stat_activity as soon as it connects; the line follows its LISTEN.
    const expired = await waitFor(() => sites.every((s) => s.output().includes("cache listener: reconnected")), 5_000);
    checks.check("each server expired its collections once after reconnecting", expired);
    await Promise.all(sites.map((s) => waitHealthy(s, 30_000)));

    await round("after restart", a, b, region);
  },
  async () => {
    for (const [i, site] of sites.entries()) {
      await stopSite(site);
      fs.writeFileSync(path.join(dir, `site-${"ab"[i]}.log`), site.output());
    }
    await prisma.$disconnect();
    await db.stop();
  },
);
printTable("Timeline", ["event", "at", "detail"], timeline);
// The true delay after the commit lies between the two columns; the check uses the larger.
printTable(
  "Delay until server B shows a text published by server A (B polled every 50 ms)",
  ["round", "page", "path", "after the commit was seen", "after A's transaction began"],
  delays,
);
finishScenario(checks, "scale-out", dir);
