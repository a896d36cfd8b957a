// Scenario "caches": what an anonymous visitor sends cannot fill the disk, grow the server past
// its cache budget, poison a page for the next visitor or dodge the search limit; and a restart
// serves what the database holds, not what was rendered before it.
import crypto from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { heapAfterGc } from "../bench/lib/memory.ts";
import { migrate } from "../../server/db/open.ts";
import { startEmbeddedDb } from "../../server/db/embedded.ts";
import { freePort } from "../../server/net.ts";
import { createPrisma } from "../lib/prisma.ts";
import { seedDatabase } from "../seed/index.ts";
import { mb, groupRss, processRss, serverPid, treeSize } from "./lib/footprint.ts";
import { Checks, printTable, finishScenario, runSteps } from "./lib/report.ts";
import { onInterrupt } from "./lib/npm.ts";
import { startSite, stopSite, tempDir, waitHealthy, type Site, stopAndKeepLog } from "./lib/site.ts";

const FLOOD = Number(process.env.FLOOD_REQUESTS ?? 10_000);
const BUDGET_MB = 32;
// What the heap may keep beyond the budget after a full collection: bounded maps of script
// verdicts and rate-limit buckets. While the flood runs the server's resident size must stay
// under RSS_LIMIT_MB: finished renders kept each other alive through their abort reasons
// (server/abort-reason.mjs), the live heap passed 470 MB and the process reached about 3 GB.
const HEAP_SLACK_MB = 24;
const RSS_LIMIT_MB = 400;
const checks = new Checks();
const dir = tempDir("caches");
const db = await startEmbeddedDb({ dataDir: path.join(dir, "db"), port: await freePort(), database: "airr", fast: true });
onInterrupt(() => db.stop());
const prisma = createPrisma(db.url);
// The bench's probe: a full collection and a reading of the heap on SIGUSR2.
const heapFile = path.join(dir, "heap.json");
const probe = `--import ${pathToFileURL(path.resolve("scripts/bench/lib/heap-probe.mjs")).href}`;
const env = {
  NODE_OPTIONS: probe,
  BENCH_HEAP_FILE: heapFile,
  DATABASE_URL: db.url,
  DATA_DIR: path.join(dir, "site"),
  MEDIA_DIR: path.join(dir, "media"),
  CACHE_MEMORY_MB: String(BUDGET_MB),
  BETTER_AUTH_SECRET: crypto.randomBytes(24).toString("base64url"),
};
const rows: string[][] = [];
let site: Site | null = null;

const made = () => crypto.randomBytes(6).toString("hex");
// Every dynamic route, each with an address that does not exist.
const unknownAddress = (i: number) => {
  const locale = i % 2 ? "en" : "ru";
  const routes = [
    `press/news/${made()}`,
    `regions/${made()}`,
    `regions/${made()}/feed.xml`,
    `projects/best-practices/${made()}`,
    `press/gallery/${made()}`,
    `projects/techsuccess/${1900 + (i % 99)}`,
    `projects/techsuccess/${made()}/csv`,
    `about/${made()}`,
    `${made()}`,
  ];
  return `/${locale}/${routes[i % routes.length]}`;
};

// Renders Next.js still finishes after their answer was sent hold memory for a few seconds
// after a flood; what the server keeps is the heap once two readings a second apart agree
// within 2 MB (at most 15 s).
async function settledHeap(read: () => Promise<number>, first: number): Promise<number> {
  let last = first;
  for (let i = 0; i < 15; i++) {
    await new Promise((r) => setTimeout(r, 1_000));
    const next = await read();
    if (Math.abs(next - last) < 2 * 1024 * 1024) return next;
    last = next;
  }
  return last;
}

async function flood(base: string, count: number, concurrency = 16) {
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const r = await fetch(base + unknownAddress(next++), { redirect: "manual" });
        await r.arrayBuffer();
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      }
    }),
  );
  return [...statuses].map(([s, n]) => `${s}×${n}`).join(" ");
}

await runSteps(
  checks,
  async () => {
    await migrate(db.url);
    await seedDatabase(db.url, { log: () => {} });
    site = await startSite(env);
    await waitHealthy(site, 180_000);

    // 1. A flood of made-up addresses: nothing on disk, memory within the budget.
    for (const p of ["/ru", "/en", "/ru/press/news", "/en/regions"]) await fetch(site.base + p).then((r) => r.arrayBuffer());
    await flood(site.base, 500);
    const pid = serverPid(site.pid);
    const heap = async () => (await heapAfterGc(pid, heapFile))?.heapUsed ?? Number.NaN;
    const before = { disk: treeSize(".next"), heap: await heap() };
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, processRss(pid))), 250);
    const statuses = await flood(site.base, FLOOD).finally(() => clearInterval(sampler));
    const atEnd = await heap();
    const after = { disk: treeSize(".next"), rss: groupRss(site.pid), heap: await settledHeap(heap, atEnd) };
    rows.push(["made-up addresses", String(FLOOD), statuses]);
    rows.push([".next on disk", `${mb(before.disk.bytes)}, ${before.disk.files} files`, `${mb(after.disk.bytes)}, ${after.disk.files} files`]);
    rows.push(["server heap after a full collection", mb(before.heap), mb(after.heap)]);
    rows.push(["server and runner resident size", "", mb(after.rss)]);
    rows.push(["server's resident size during the flood, at most", "", mb(peakRss)]);
    checks.check(`the server stays under ${RSS_LIMIT_MB} MB resident during the flood`, peakRss < RSS_LIMIT_MB * 1024 * 1024, `peak ${mb(peakRss)}`);
    checks.check(
      `the server keeps no more than its cache budget (${BUDGET_MB} MB)`,
      after.heap - before.heap <= (BUDGET_MB + HEAP_SLACK_MB) * 1024 * 1024,
      `heap ${mb(after.heap - before.heap)} more once settled (${mb(atEnd - before.heap)} more as the flood ended)`,
    );
    checks.check(
      "no file is written for an address that does not exist",
      after.disk.files === before.disk.files && after.disk.bytes === before.disk.bytes,
      `${after.disk.files - before.disk.files} files, ${after.disk.bytes - before.disk.bytes} bytes`,
    );

    // 2. A policy header in a request changes nothing for the next visitor.
    const poisoned = "/ru/press/news?page=1";
    await fetch(site.base + poisoned, { headers: { "Content-Security-Policy": "script-src 'nonce-PWNED'" } }).then((r) => r.text());
    const clean = await fetch(site.base + poisoned).then((r) => r.text());
    checks.check("a Content-Security-Policy request header never reaches the next visitor", !clean.includes("PWNED") && / nonce="[^"]+"/.test(clean));

    // 3. Every spelling of the search path counts against the same limit.
    const spellings = ["/ru/%73earch", "/ru/sear%63h", "/%72u/search", "/ru/./search", "/ru//search"];
    let limited = 0;
    for (let i = 0; i < 45; i++) {
      const r = await fetch(`${site.base}${spellings[i % spellings.length]}?q=${made()}`);
      await r.arrayBuffer();
      if (r.status === 429) limited += 1;
    }
    rows.push(["searches through encoded paths", "45", `${limited} limited`]);
    checks.check("searches through encoded paths are limited like plain ones (burst of 30)", limited >= 10, `${limited} of 45 answered 429`);

    // 4. A change made straight in the database, then a restart: the first request shows it.
    const article = await prisma.articleTranslation.findFirstOrThrow({
      where: { locale: "ru", status: "published" },
      orderBy: { publishedAt: "desc" },
      select: { id: true, slug: true, title: true },
    });
    const page = `/ru/press/news/${article.slug}`;
    const shownBefore = await fetch(site.base + page).then((r) => r.text());
    await stopSite(site);
    const title = `Заголовок после восстановления ${made()}`;
    await prisma.articleTranslation.update({ where: { id: article.id }, data: { title } });
    site = await startSite(env);
    await waitHealthy(site, 120_000);
    const first = { article: await fetch(site.base + page).then((r) => r.text()), home: await fetch(`${site.base}/ru`).then((r) => r.text()) };
    checks.check("the article showed its old title before the restart", shownBefore.includes(article.title.slice(0, 20)));
    checks.check("after a restart the first request of the article shows the database's title", first.article.includes(title));
    checks.check("after a restart the first request of the home page shows it too", first.home.includes(title));
  },
  async () => {
    await stopAndKeepLog(site, dir);
    await prisma.$disconnect();
    await db.stop();
  },
);
printTable("Caches under a hostile visitor and a restart", ["what", "before / sent", "after / answers"], rows);
finishScenario(checks, "caches", dir);
