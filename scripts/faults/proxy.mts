// Scenario "proxy": deploy/nginx.conf, as shipped, in front of the production server. Cached
// pages still get a fresh nonce per response (in the page and in the policy), the secret
// placeholder never reaches a visitor, bundles come from disk, the back office is not cached,
// and a publication shows through the proxy within its 1 s cache plus the app's own delay.
import crypto from "node:crypto";
import path from "node:path";
import { findNginx, startNginx, type Nginx } from "../bench/lib/nginx.ts";
import { migrate } from "../../server/db/open.ts";
import { startEmbeddedDb } from "../../server/db/embedded.ts";
import { freePort } from "../../server/net.ts";
import { createPrisma } from "../lib/prisma.ts";
import { seedDatabase } from "../seed/index.ts";
import { Checks, printTable, finishScenario, runSteps } from "./lib/report.ts";
import { onInterrupt } from "./lib/npm.ts";
import { startSite, tempDir, waitHealthy, type Site, stopAndKeepLog } from "./lib/site.ts";
import { planArticle, probes, publishedAt, scheduleArticle, shownAt } from "./lib/visibility.ts";

// nginx keeps a page for "1s", counted in whole seconds, so up to 2 s; then the app renders it.
const LIMIT_MS = 3_000;
const checks = new Checks();
const binary = findNginx();
if (!binary) {
  console.log("nginx is not installed (Debian: apt-get install nginx; or set NGINX): the proxy scenario cannot run.");
  process.exit(process.env.CI ? 1 : 0);
}
const secret = crypto.randomBytes(24).toString("hex");
const dir = tempDir("proxy");
const db = await startEmbeddedDb({ dataDir: path.join(dir, "db"), port: await freePort(), database: "airr", fast: true });
onInterrupt(() => db.stop());
const prisma = createPrisma(db.url);
let site: Site | null = null;
let proxy: Nginx | null = null;
const delays: string[][] = [];

type Page = { status: number; body: string; csp: string; cache: string | null };
const get = async (base: string, url: string, headers: Record<string, string> = {}): Promise<Page> => {
  const r = await fetch(base + url, { headers: { "accept-language": "ru", ...headers }, redirect: "manual" });
  return { status: r.status, body: await r.text(), csp: r.headers.get("content-security-policy") ?? "", cache: r.headers.get("x-cache") };
};
const policyNonce = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1] ?? null;
// Executable scripts only: JSON-LD and other data blocks need no nonce.
const scriptNonces = (body: string) =>
  [...body.matchAll(/<script\b[^>]*>/g)].filter((m) => !/type="application\/(ld\+)?json"/.test(m[0])).map((m) => /\snonce="([^"]*)"/.exec(m[0])?.[1] ?? null);

await runSteps(
  checks,
  async () => {
    await migrate(db.url);
    await seedDatabase(db.url, { log: () => {} });
    const region = await prisma.region.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true, slug: true } });
    site = await startSite({
      DATABASE_URL: db.url,
      DATA_DIR: path.join(dir, "site"),
      MEDIA_DIR: path.join(dir, "media"),
      SCHEDULER_INTERVAL_MS: "250",
      PROXY_NONCE_PLACEHOLDER: secret,
      BETTER_AUTH_SECRET: crypto.randomBytes(24).toString("base64url"),
    });
    await waitHealthy(site, 180_000);
    proxy = await startNginx(binary, site.port, secret);

    const pages = [await get(proxy.base, "/ru"), await get(proxy.base, "/ru"), await get(proxy.base, "/ru")];
    const nonces = pages.map((p) => policyNonce(p.csp));
    checks.check(
      "a cached page answers 200 from nginx's cache",
      pages.every((p) => p.status === 200) && pages.slice(1).some((p) => p.cache === "HIT"),
      pages.map((p) => `${p.status} ${p.cache}`).join(", "),
    );
    checks.check(
      "each response has its own nonce, drawn by nginx",
      nonces.every((n) => n !== null && /^[0-9a-f]{32}$/.test(n)) && new Set(nonces).size === pages.length,
      nonces.join(", "),
    );
    const matching = pages.every((p) => {
      const found = scriptNonces(p.body);
      return found.length > 0 && found.every((n) => n === policyNonce(p.csp));
    });
    checks.check("every script of a page carries the nonce its policy names", matching, `${scriptNonces(pages[0]!.body).length} scripts per page`);
    checks.check(
      "the placeholder never reaches a visitor",
      pages.every((p) => !p.body.includes(secret) && !p.csp.includes(secret)),
    );

    const english = [await get(proxy.base, "/en"), await get(proxy.base, "/en")];
    checks.check(
      "an English page is cached too",
      english.every((p) => p.status === 200) && english[1]!.cache === "HIT",
      english.map((p) => `${p.status} ${p.cache}`).join(", "),
    );
    // "/" answers each visitor by their own language: one visitor's redirect is never another's.
    const roots = [];
    for (const lang of ["ru", "en", "ru", "en"]) {
      const r = await fetch(`${proxy.base}/`, { headers: { "accept-language": lang }, redirect: "manual" });
      roots.push(`${lang}→${new URL(r.headers.get("location") ?? "/", proxy.base).pathname}`);
    }
    checks.check("/ redirects each visitor by their own language, never from the cache", roots.join(" ") === "ru→/ru en→/en ru→/ru en→/en", roots.join(" "));

    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(pages[0]!.body)?.[1];
    const bundle = chunk ? await fetch(proxy.base + chunk) : null;
    checks.check(
      "bundles are served by nginx with a year of caching",
      bundle?.status === 200 && /immutable/.test(bundle.headers.get("cache-control") ?? ""),
      chunk ?? "no bundle found",
    );

    const signIn = await get(proxy.base, "/admin/sign-in");
    checks.check(
      "the back office passes the cache by and still gets a fresh nonce",
      signIn.status === 200 && signIn.cache === null && /^[0-9a-f]{32}$/.test(policyNonce(signIn.csp) ?? ""),
      `status ${signIn.status}, X-Cache ${signIn.cache}`,
    );
    const wrong = "0".repeat(secret.length);
    const guessed = policyNonce((await get(site.base, "/ru", { "x-nonce-placeholder": wrong })).csp);
    checks.check("without the right secret the app draws its own nonce", guessed !== null && guessed !== wrong && guessed !== secret, `${guessed}`);

    const late: string[] = [];
    for (const [i, probe] of probes(planArticle(""), region.slug).slice(0, 3).entries()) {
      const planned = planArticle(`proxy-${i}`);
      const target = probes(planned, region.slug)[i]!;
      await get(proxy.base, target.path);
      const articleId = await scheduleArticle(prisma, region.id, planned);
      const published = await publishedAt(prisma, articleId, 15_000);
      const shown = await shownAt(proxy.base, target, 10_000);
      const ms = published && shown ? shown - published.began : null;
      // When late, whether the app itself shows it, and what nginx says of its copy.
      const direct = ms === null ? (await get(site.base, target.path)).body.includes(planned.slug) : null;
      const viaProxy = ms === null ? (await get(proxy.base, target.path)).cache : null;
      delays.push([probe.page, target.path, ms === null ? `not within 10 s (app shows it: ${direct}; X-Cache ${viaProxy})` : `${ms} ms`]);
      if (ms === null || ms > LIMIT_MS) late.push(probe.page);
    }
    checks.check(
      `a publication shows through nginx within ${LIMIT_MS} ms (up to 2 s of proxy cache plus the app)`,
      late.length === 0,
      late.length ? `late: ${late.join(", ")}` : "",
    );
  },
  async () => {
    await proxy?.stop();
    await stopAndKeepLog(site, dir);
    await prisma.$disconnect();
    await db.stop();
  },
);
printTable("Delay from the publishing transaction until nginx serves the text (polled every 50 ms)", ["page", "path", "delay"], delays);
finishScenario(checks, "proxy", dir);
