// npm run bench [-- --articles 20000 --duration 10 --connections 50 --memory-requests 100000 --peer URL
//                   --regenerate --skip-generate --skip-build --keep-build]
// A production build and server on a database of its own (.data/bench) with synthetic
// content, measured with autocannon; the same HTML from a plain static server is the ceiling.
// --peer http://127.0.0.1:3950 measures the Payload peer's article with the same load, before
// and after this site's runs. Progress goes to stderr, the report to stdout.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runCli } from "../lib/cli.ts";
import { BENCH_DATA_DIR, BENCH_PORT, BENCH_SITE_URL, benchEnv, generate } from "./generate.ts";
import { flag, has, option } from "./lib/args.ts";
import { hasBenchBuild, retireBenchBuild, runBuild, type BuildInfo } from "./lib/build.ts";
import { runLoad } from "./lib/load.ts";
import { busyCores, databasePids, waitIdle } from "./lib/idle.ts";
import { compressedLoad, readBodies } from "./lib/load.ts";
import { heapAfterGc, memoryRun, mixedPicker, type MemoryRun } from "./lib/memory.ts";
import { publishToVisible } from "./lib/publish.ts";
import { printReport, seconds, type MemoryReading, type Row } from "./lib/report.ts";
import { ensurePeerArticle } from "./lib/peer-article.ts";
import { measurePeer, type PeerRun } from "./lib/peer.ts";
import { findNginx, startNginx } from "./lib/nginx.ts";
import { measureSearch } from "./lib/search.ts";
import { benchDatabaseUrl, rssBytes, startServer } from "./lib/server.ts";
import { measureSizes, scriptWeight, type Sizes } from "./lib/sizes.ts";
import { savePages, startStatic } from "./lib/static.ts";
import { readTargets } from "./lib/targets.ts";

const articles = flag("articles", 20_000);
const duration = flag("duration", 10);
const connections = flag("connections", 50);
const warmup = flag("warmup", 3);
const memoryRequests = flag("memory-requests", 100_000);
const peerBase = option("peer")?.replace(/\/$/, "");
const SCHEDULER_INTERVAL_MS = 1_000;
const progress = (line: string) => console.error(`[bench] ${line}`);
// deploy/nginx.conf in front of the same server, when nginx is installed (--no-nginx skips it).
const nginx = has("no-nginx") ? null : findNginx();
const placeholder = randomBytes(24).toString("hex");

await runCli(async () => {
  let generated = "skipped (--skip-generate)";
  if (!has("skip-generate")) {
    const g = await generate(articles, { log: progress, force: has("regenerate") });
    generated = g.skipped
      ? `reused (${articles} synthetic articles already there)`
      : `${seconds(g.seconds)} for ${articles} articles, ${g.translations} translations`;
  }
  let build: BuildInfo | null = null;
  if (has("skip-build")) {
    if (!hasBenchBuild(BENCH_SITE_URL)) throw new Error("--skip-build needs a build made by the bench (run once with --keep-build).");
  } else {
    progress("npm run build on the bench database…");
    build = runBuild(benchEnv(), articles);
  }

  // heap-probe.mjs lets the bench read the server's heap after a full collection.
  const heapFile = path.resolve(BENCH_DATA_DIR, "heap.json");
  const probe = `--import ${pathToFileURL(path.resolve("scripts", "bench", "lib", "heap-probe.mjs")).href}`;
  const server = await startServer(
    benchEnv({
      TRUST_PROXY_HOPS: "1",
      SCHEDULER_INTERVAL_MS: String(SCHEDULER_INTERVAL_MS),
      BENCH_HEAP_FILE: heapFile,
      PROXY_NONCE_PLACEHOLDER: placeholder,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} ${probe}`.trim(),
    }),
    path.join(BENCH_DATA_DIR, "server.log"),
    BENCH_PORT,
  );
  try {
    const pid = server.serverPid();
    if (!pid) throw new Error("Could not find the server process (.next/airr/server.mjs).");
    const memory: MemoryReading[] = [];
    const readMemory = async (label: string) => {
      const rss = rssBytes(pid) ?? NaN;
      memory.push({ label, rss, heapAfterGc: (await heapAfterGc(pid, heapFile))?.heapUsed ?? NaN });
    };
    await readMemory("after start");
    const dbUrl = benchDatabaseUrl(BENCH_DATA_DIR, server.dbPort);
    const peerText = await ensurePeerArticle(dbUrl);
    if (!peerText) progress("the peer's seed file was not found (PEER_DIR): no article with the peer's text.");
    const targets = await readTargets(dbUrl, peerText);
    const ownPids = () => [pid, ...databasePids(BENCH_DATA_DIR)];
    const settle = () => waitIdle(ownPids);

    progress("first requests and sizes…");
    const sizes: Sizes[] = [];
    for (const t of targets.list) sizes.push(await measureSizes(server.base, t.path));

    progress(`warm-up, ${warmup} s per URL…`);
    for (const t of targets.list) {
      await runLoad(server.base, { paths: [t.path], connections, duration: warmup, pickPath: t.pick });
      await settle();
    }
    await readMemory("after warm-up");
    const otherLoad = await busyCores(ownPids);

    const peer: PeerRun[] = [];
    const measurePeerNow = async (when: string) => {
      if (!peerBase) return;
      progress(`the peer at ${peerBase} (${when})…`);
      peer.push(...(await measurePeer(peerBase, when, { connections, duration, warmup })));
    };
    await measurePeerNow("before");
    const rows: Row[] = [];
    for (const [i, target] of targets.list.entries()) {
      progress(`${target.label}: ${duration} s at ${connections} connections…`);
      const site = await runLoad(server.base, { paths: [target.path], connections, duration, pickPath: target.pick, cpuPid: pid });
      rows.push({ target, sizes: sizes[i]!, site, drainMs: await settle(), ceiling: null, proxy: null });
    }
    await measurePeerNow("after");
    await readMemory("after the per-URL runs");

    progress("static ceiling…");
    const dir = savePages(targets.list.map((t, i) => ({ path: t.path, body: sizes[i]!.html, contentType: sizes[i]!.contentType })));
    const ceiling = await startStatic(dir);
    try {
      for (const row of rows.filter((r) => !r.target.pick)) {
        await runLoad(ceiling.base, { paths: [row.target.path], connections, duration: 1 });
        row.ceiling = await runLoad(ceiling.base, { paths: [row.target.path], connections, duration });
      }
    } finally {
      await ceiling.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }

    if (nginx) {
      progress("the same URLs through deploy/nginx.conf…");
      const proxy = await startNginx(nginx, server.port, placeholder);
      try {
        for (const row of rows.filter((r) => !r.target.pick)) {
          await runLoad(proxy.base, { paths: [row.target.path], connections, duration: 1 });
          row.proxy = await runLoad(proxy.base, { paths: [row.target.path], connections, duration });
          await settle();
        }
      } finally {
        await proxy.stop();
        fs.rmSync(proxy.logDir, { recursive: true, force: true });
      }
    } else progress("nginx not found (set NGINX or install it): no figures through the proxy.");

    const article = rows.find((r) => r.target.label === "article ru");
    const js = article ? await scriptWeight(server.base, article.sizes.html.toString("utf8")) : null;

    await settle();
    progress("200 sequential searches…");
    const search = await measureSearch(server.base, 200);

    let long: MemoryRun | null = null;
    if (memoryRequests > 0) {
      // The goal is growth after warm-up: caches fill during the first mixed requests.
      const warmMixed = Math.min(5_000, Math.round(memoryRequests / 10));
      progress(`${warmMixed} mixed requests to warm up, then ${memoryRequests} for memory…`);
      await runLoad(server.base, { paths: ["/ru"], connections, amount: warmMixed, pickPath: mixedPicker(targets) });
      await settle();
      await readMemory(`after ${warmMixed} mixed requests (warm-up)`);
      long = await memoryRun(server.base, pid, targets, memoryRequests, connections, settle);
      await readMemory(`after ${memoryRequests} more mixed requests`);
    }

    progress("publish-to-visible…");
    const publish = await publishToVisible(server.base, dbUrl, SCHEDULER_INTERVAL_MS);

    printReport({
      compressed: compressedLoad,
      readBodies,
      nginx: nginx !== null,
      articles,
      connections,
      duration,
      warmup,
      otherLoad,
      rows,
      generated,
      build,
      search,
      long,
      memory,
      publish,
      js,
      article,
      peer,
    });
  } finally {
    await server.stop();
    if (!has("keep-build")) retireBenchBuild();
  }
});
