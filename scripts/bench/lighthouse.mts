// npm run bench:lighthouse [-- --url http://host:port] [--articles 20000 --keep-build]
// Lighthouse (mobile profile, system Chromium) on the home page, the news list and an
// article in both locales. With --url it audits a running site; otherwise it starts the
// production server on the bench database as `npm run bench` does (generating and
// building first when there is no bench build).
import path from "node:path";
import { runCli } from "../lib/cli.ts";
import { BENCH_DATA_DIR, BENCH_PORT, BENCH_SITE_URL, benchEnv, generate } from "./generate.ts";
import { flag, has, option } from "./lib/args.ts";
import { hasBenchBuild, retireBenchBuild, runBuild } from "./lib/build.ts";
import { auditAll, firstArticlePath, type Audit } from "./lib/lighthouse-audit.ts";
import { markdownTable } from "./lib/report.ts";
import { startServer, type BenchServer } from "./lib/server.ts";
import { kb } from "./lib/sizes.ts";

const progress = (line: string) => console.error(`[lighthouse] ${line}`);

await runCli(async () => {
  let base = option("url")?.replace(/\/$/, "");
  let server: BenchServer | null = null;
  let built = false;
  if (!base) {
    if (!hasBenchBuild(BENCH_SITE_URL)) {
      await generate(flag("articles", 20_000), { log: progress });
      progress("npm run build on the bench database…");
      runBuild(benchEnv(), flag("articles", 20_000));
      built = true;
    }
    server = await startServer(benchEnv({ TRUST_PROXY_HOPS: "1" }), path.join(BENCH_DATA_DIR, "server-lighthouse.log"), BENCH_PORT);
    base = server.base;
  }
  try {
    const paths = ["/ru", "/en", "/ru/press/news", "/en/press/news", await firstArticlePath(base, "ru"), await firstArticlePath(base, "en")];
    // One request each first, so the audits see cached pages as visitors mostly do.
    for (const p of paths) await fetch(base + p).then((r) => r.arrayBuffer());
    progress(`auditing ${paths.length} pages…`);
    print(base, await auditAll(paths.map((p) => base + p)));
  } finally {
    await server?.stop();
    // A build this script made is retired as `npm run bench` retires its own.
    if (built && !has("keep-build")) retireBenchBuild();
  }
});

function print(base: string, audits: Audit[]) {
  const score = (n: number | null) => (n === null ? "—" : String(Math.round(n * 100)));
  const ms = (n: number | null) => (n === null ? "—" : `${(n / 1000).toFixed(1)} s`);
  console.log(`## Lighthouse, mobile profile (simulated slow 4G, 4× CPU slowdown), ${base}\n`);
  console.log(
    markdownTable(
      [
        "page",
        "performance",
        "accessibility",
        "best practices",
        "SEO",
        "transferred (all)",
        "JS transferred",
        "HTML transferred",
        "requests",
        "LCP",
        "TBT",
        "CLS",
      ],
      audits.map((a) => [
        `\`${decodeURIComponent(a.url.slice(base.length))}\``,
        score(a.scores.performance),
        score(a.scores.accessibility),
        score(a.scores["best-practices"]),
        score(a.scores.seo),
        kb(a.totalBytes),
        kb(a.jsBytes),
        kb(a.documentBytes),
        String(a.requests),
        ms(a.lcpMs),
        a.tbtMs === null ? "—" : `${a.tbtMs.toFixed(0)} ms`,
        a.cls === null ? "—" : a.cls.toFixed(3),
      ]),
    ),
  );
  const failed = audits.filter((a) => a.failed.length).map((a) => `- \`${decodeURIComponent(a.url.slice(base.length))}\`: ${a.failed.join(", ")}`);
  if (failed.length) console.log(`\nAudits below 0.9 (weighted ones):\n${failed.join("\n")}`);
}
