// Scenario "sigkill": the site and its embedded database are killed with SIGKILL (a
// crash, the OOM killer, a pulled plug); the next start must come up on its own.
import fs from "node:fs";
import path from "node:path";
import { contentFingerprint } from "./lib/fingerprint.ts";
import { Checks, printTable, finishScenario, runSteps } from "./lib/report.ts";
import { isAlive, killGroup, postmasterPid, seconds, startSite, stopSite, tempDir, waitFor, waitHealthy, type Site } from "./lib/site.ts";

const checks = new Checks();
const dir = tempDir("sigkill");
const sites: Site[] = [];
const logs = (site: Site, name: string) => fs.writeFileSync(path.join(dir, `${name}.log`), site.output());

await runSteps(
  checks,
  async () => {
    const first = await startSite({ DATA_DIR: dir });
    sites.push(first);
    const firstStart = await waitHealthy(first, 150_000);
    const before = await contentFingerprint(first.base);
    const pg = postmasterPid(dir);
    if (!pg) throw new Error("no postmaster.pid in the data folder");

    killGroup(first, "SIGKILL");
    process.kill(pg, "SIGKILL");
    await first.exited;
    const pgGone = await waitFor(() => !isAlive(pg), 10_000);
    checks.check("the crash leaves the database's lock file behind (the case to recover from)", fs.existsSync(path.join(dir, "postgres", "postmaster.pid")));
    checks.check("the killed postmaster is gone", pgGone);
    const logBefore = fs.statSync(path.join(dir, "postgres.log")).size;

    const second = await startSite({ DATA_DIR: dir });
    sites.push(second);
    let secondStart = Number.NaN;
    try {
      secondStart = await waitHealthy(second, 60_000);
    } catch (error) {
      checks.check("the next start is healthy within 60 s", false, (error as Error).message.split("\n")[0]);
    }
    if (Number.isFinite(secondStart)) {
      checks.check("the next start is healthy within 60 s", true, seconds(secondStart));
      const after = await contentFingerprint(second.base);
      checks.check(
        "the content is intact",
        after === before && /\S/.test(before),
        after === before ? `${before.split("\n").length} probes equal` : `before:\n${before}\nafter:\n${after}`,
      );
    }
    const recovered = fs.readFileSync(path.join(dir, "postgres.log"), "utf8").slice(logBefore);
    const crashRecovery = /was interrupted|automatic recovery|redo done/.test(recovered);
    printTable(
      "Restart after SIGKILL",
      ["step", "figure"],
      [
        ["first start (initdb, migrations, seed) until healthy", seconds(firstStart)],
        ["start after the kill until healthy", Number.isFinite(secondStart) ? seconds(secondStart) : "not healthy"],
        ["PostgreSQL crash recovery on the next start", crashRecovery ? "yes (expected after SIGKILL)" : "no"],
      ],
    );
    await stopSite(second);
    checks.check("the restarted site stops cleanly", (await second.exited) === 0);
  },
  async () => {
    for (const [i, site] of sites.entries()) {
      await stopSite(site);
      logs(site, `site-${i + 1}`);
    }
  },
);
finishScenario(checks, "sigkill", dir);
