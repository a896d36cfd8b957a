// Scenario "sigterm": SIGTERM to `npm start`'s own process under load, as `kill`, Docker or a
// process manager sends it (npm does not pass it on through its shell; the server and the runner
// notice their parent is gone). Requests already sent finish with 200, later ones are refused
// cleanly (connection refused or reset unread, or 503) and none hangs; everything exits within
// 30 s, the embedded database after a clean shut-down, and no process is left.
import fs from "node:fs";
import path from "node:path";
import { request, sleep, startLoad, type Sample } from "./lib/load.ts";
import { Checks, printCounts, finishScenario, runSteps } from "./lib/report.ts";
import { isPortFree } from "../../server/net.ts";
import { groupPids } from "./lib/footprint.ts";
import { isAlive, postmasterPid, seconds, startSite, tempDir, waitFor, waitHealthy, type Site, stopAndKeepLog } from "./lib/site.ts";
import { CLASSES, servedThroughDrain, targetMix } from "./lib/targets.ts";

// A request written onto a kept-alive connection just as the draining server closes it as idle
// is never read (the keep-alive race every HTTP/1.1 server has; browsers retry such requests):
// the client sees a reset, or "other side closed" (UND_ERR_SOCKET) from Node's fetch. It was not
// processed, which is what "refused" means; any answer other than a 503, or a timeout, fails.
const UNREAD = new Set(["ECONNREFUSED", "ECONNRESET", "UND_ERR_SOCKET"]);
function refusedCleanly(sample: Sample): boolean {
  return sample.status === 503 || UNREAD.has(sample.error ?? "");
}

const CONCURRENCY = Number(process.env.FAULT_CONCURRENCY ?? 16);
const EXIT_LIMIT_MS = 30_000;
// npm passes nothing on: the runner sees its parent gone within 250 ms (server/parent-watch.ts),
// then signals the server.
const SIGNAL_TRANSIT_MS = 400;
const checks = new Checks();
const dir = tempDir("sigterm");
let site: Site | null = null;

await runSteps(
  checks,
  async () => {
    site = await startSite({ DATA_DIR: dir }, undefined, { npm: true });
    await waitHealthy(site, 150_000);
    const pg = postmasterPid(dir);
    // Search pages query the database on every request: the slow ones still in flight at the signal.
    const targets = (await targetMix(site.base)).flatMap((t) => (t.cls === CLASSES.uncached ? [t, t] : [t]));
    for (const target of targets) await request(site.base, target, 30_000);
    const logFile = path.join(dir, "postgres.log");
    const logSize = fs.statSync(logFile).size;

    const load = startLoad(site.base, targets, { concurrency: CONCURRENCY });
    await sleep(4_000);
    const signalAt = Date.now();
    site.child.kill("SIGTERM");
    const inTime = await Promise.race([site.exited.then(() => true), sleep(EXIT_LIMIT_MS).then(() => false)]);
    const exitMs = Date.now() - signalAt;
    // Keep knocking for a moment after the exit: the port must refuse, not hang.
    await sleep(1_000);
    await load.stop();
    // Without the load, a runner that missed the limit gets another chance, so the
    // database checks below still say something.
    const code = await Promise.race([site.exited, sleep(EXIT_LIMIT_MS).then(() => "still running" as const)]);
    const lateMs = Date.now() - signalAt;

    const samples = load.samples;
    // On a busy machine the signal can take longer than SIGNAL_TRANSIT_MS to reach the server;
    // until its "draining" line it still serves new connections, as it should.
    const heard = /"time":"([^"]+)"[^\n]*"msg":"draining"/.exec(site.output())?.[1];
    const transitMs = Math.max(SIGNAL_TRANSIT_MS, heard ? Date.parse(heard) - signalAt + 100 : 0);
    const phases = ["sent before SIGTERM", `sent < ${transitMs} ms after`, "sent later"];
    const phaseOf = (s: Sample) => (s.start < signalAt ? phases[0]! : s.start < signalAt + transitMs ? phases[1]! : phases[2]!);
    printCounts(
      `Answers around SIGTERM (${CONCURRENCY} loops, ${samples.length} requests; runner exit ${inTime ? `after ${seconds(exitMs)}` : `not within ${seconds(EXIT_LIMIT_MS)} under load`})`,
      samples,
      phaseOf,
      phases,
    );
    const before = samples.filter((s) => s.start < signalAt);
    const inFlight = before.filter((s) => s.end > signalAt);
    const failedInFlight = before.filter((s) => !servedThroughDrain(s));
    const statuses = (list: Sample[]) => [...new Set(list.map((s) => s.status ?? s.error))].join(", ");
    checks.check(
      "requests were in flight when the signal came",
      inFlight.length > 0,
      `${inFlight.length} in flight, the longest finished ${Math.max(0, ...inFlight.map((s) => s.end - signalAt))} ms after the signal`,
    );
    checks.check(
      "every request sent before SIGTERM answers 200 (the readiness probe 200 or 503)",
      failedInFlight.length === 0,
      failedInFlight.length ? `${failedInFlight.length} failed: ${statuses(failedInFlight)}` : `${before.length} answered 200`,
    );
    // A request sent while the signal is still on its way to Next.js may yet be served.
    const inTransit = samples.filter((s) => phaseOf(s) === phases[1]);
    const transitBad = inTransit.filter((s) => !(s.status === 200 || refusedCleanly(s)));
    checks.check(
      `requests sent before the server heard the signal (${transitMs} ms) answer 200, 503 or are refused`,
      transitBad.length === 0,
      `${transitBad.length} of ${inTransit.length} not (${statuses(transitBad) || "—"})`,
    );
    const later = samples.filter((s) => phaseOf(s) === phases[2]);
    const unclean = later.filter((s) => !refusedCleanly(s));
    checks.check(
      "later requests are refused cleanly (connection refused or reset unread, or 503)",
      later.length > 0 && unclean.length === 0,
      `${unclean.length} of ${later.length} not (${statuses(unclean) || "—"})`,
    );
    checks.check("no request hangs", !samples.some((s) => s.error === "timeout"));
    checks.check(
      `npm start ends within ${EXIT_LIMIT_MS / 1000} s`,
      inTime,
      inTime
        ? `after ${seconds(exitMs)}`
        : `still serving after ${seconds(EXIT_LIMIT_MS)} under load; ${code === "still running" ? "still running" : `exit ${code}`} ${seconds(lateMs)} after the signal once the load stopped`,
    );
    // npm leaves as soon as it has passed the signal on; the runner stops the database last.
    const left = await waitFor(() => groupPids(site!.pid).length === 0 && (pg === null || !isAlive(pg)), EXIT_LIMIT_MS);
    checks.check("no process is left (npm, its shell, the runner, the server)", left, groupPids(site.pid).join(", ") || "none");
    checks.check(`port ${site.port} is free again`, await isPortFree(site.port));
    checks.check("the postmaster has stopped", pg !== null && !isAlive(pg));
    checks.check("postmaster.pid is gone", !fs.existsSync(path.join(dir, "postgres", "postmaster.pid")));
    checks.check("PostgreSQL logged a clean shut-down", /database system is shut down/.test(fs.readFileSync(logFile, "utf8").slice(logSize)));
  },
  async () => {
    await stopAndKeepLog(site, dir);
  },
);
finishScenario(checks, "sigterm", dir);
