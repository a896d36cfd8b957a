// Scenario "outreach": a publication reaching people, on the production build with a real SMTP
// server and stand-ins for IndexNow and the Telegram Bot API. A visitor subscribes in a browser
// and confirms from the message; the scheduler publishes texts of two regions and one under
// embargo; the server is killed while Telegram holds its answer and started again; one-click
// unsubscribe ends the alerts. Each outside service must get each call once.
import crypto from "node:crypto";
import path from "node:path";
import { chromium } from "@playwright/test";
import { migrate } from "../../server/db/open.ts";
import { startEmbeddedDb } from "../../server/db/embedded.ts";
import { freePort } from "../../server/net.ts";
import { startIndexNowStandIn, startTelegramStandIn } from "../../tests/support/outreach-standins.ts";
import { startSmtpStandIn } from "../../tests/support/smtp-standin.ts";
import { createPrisma } from "../lib/prisma.ts";
import { seedDatabase } from "../seed/index.ts";
import { sleep } from "./lib/load.ts";
import { editorSessionCookie } from "./lib/session.ts";
import { onInterrupt } from "./lib/npm.ts";
import { Checks, finishScenario, runSteps, printTable } from "./lib/report.ts";
import { killGroup, seconds, startSite, stopSite, tempDir, waitFor, waitHealthy, type Site } from "./lib/site.ts";
import { planArticle, read, scheduleArticle } from "./lib/visibility.ts";

const checks = new Checks();
const dir = tempDir("outreach");
const db = await startEmbeddedDb({ dataDir: path.join(dir, "db"), port: await freePort(), database: "airr", fast: true });
onInterrupt(() => db.stop());
const prisma = createPrisma(db.url);
const [smtp, indexNow, telegram] = await Promise.all([startSmtpStandIn(), startIndexNowStandIn(), startTelegramStandIn()]);
const timeline: string[][] = [];
const started = Date.now();
const mark = (event: string, detail = "") => timeline.push([event, seconds(Date.now() - started), detail]);
const sites: Site[] = [];
const port = await freePort();
const base = `http://localhost:${port}`;
const env = {
  DATABASE_URL: db.url,
  DATA_DIR: path.join(dir, "site"),
  MEDIA_DIR: path.join(dir, "site", "media"),
  BETTER_AUTH_SECRET: crypto.randomBytes(24).toString("base64url"),
  SITE_URL: base,
  SCHEDULER_INTERVAL_MS: "500",
  SMTP_URL: smtp.url,
  INDEXNOW_ENDPOINT: `${indexNow.url}/indexnow`,
  TELEGRAM_API: telegram.url,
  TELEGRAM_BOT_TOKEN: "4242:outreach",
  TELEGRAM_CHANNEL_RU: "@airr_ru",
};
const start = async () => {
  const site = await startSite(env, port);
  sites.push(site);
  await waitHealthy(site, 180_000);
  return site;
};
const mailsTo = (to: string) => smtp.received.filter((m) => m.to === to);
const urlOf = (slug: string) => `${base}/ru/press/news/${slug}`;
const pinged = (slug: string) => indexNow.calls.filter((c) => c.urlList.includes(urlOf(slug))).length;
const posts = (title: string) => telegram.calls.filter((c) => /^send/.test(c.method) && String(c.payload.caption ?? c.payload.text).includes(title)).length;

await runSteps(
  checks,
  async () => {
    await migrate(db.url);
    await seedDatabase(db.url, { log: () => {} });
    const [chosen, other] = await prisma.region.findMany({ orderBy: { slug: "asc" }, take: 2, include: { translations: { where: { locale: "ru" } } } });
    let site = await start();
    mark("site healthy");

    // A visitor subscribes to one region, in Russian, and confirms from the message.
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
    const page = await browser.newPage();
    await page.goto(`${base}/ru/press/alerts`);
    await page.getByLabel("Адрес электронной почты").fill("reader@example.org");
    await page.getByLabel(chosen!.translations[0]!.name).check();
    await page.getByLabel(/Я согласен/).check();
    await page.getByRole("button", { name: "Подписаться" }).click();
    await page.getByText("Проверьте почту").waitFor();
    const confirmMail = await waitFor(() => mailsTo("reader@example.org").length === 1, 15_000);
    checks.check("the sign-up sends one confirmation message", confirmMail, smtp.received.map((m) => m.subject).join("; "));
    const link = /https?:\/\/\S+\/ru\/press\/alerts\/confirm\?token=[\w-]+/.exec(mailsTo("reader@example.org")[0]?.text ?? "")?.[0];
    await page.goto(link!);
    await page.getByRole("button", { name: "Подтвердить подписку" }).click();
    await page.getByText("Подписка подтверждена").waitFor();
    mark("subscribed and confirmed");

    // The scheduler publishes a text of the chosen region and one of another region.
    const mine = planArticle("alerts-mine");
    const theirs = planArticle("alerts-other");
    await scheduleArticle(prisma, chosen!.id, mine);
    await scheduleArticle(prisma, other!.id, theirs);
    const alerted = await waitFor(() => mailsTo("reader@example.org").some((m) => m.subject === mine.title), 20_000);
    await sleep(3_000);
    const alerts = mailsTo("reader@example.org").slice(1);
    checks.check("exactly one alert, for the chosen region's text", alerted && alerts.length === 1, alerts.map((m) => m.subject).join("; "));
    mark("alert received");

    // A press release under embargo: sent ahead to the press list from the article editor while
    // the site stays silent, then public and alerted when the embargo passes.
    await prisma.journalist.create({
      data: {
        name: "Ирина Петрова",
        outlet: "Ведомости",
        email: "irina@example.org",
        locales: ["ru"],
        token: crypto.randomBytes(24).toString("base64url"),
        verifiedAt: new Date(),
      },
    });
    const embargoed = planArticle("alerts-embargo");
    const id = await scheduleArticle(prisma, chosen!.id, embargoed);
    const until = new Date(Date.now() + 40_000);
    await prisma.article.update({ where: { id }, data: { kind: "press_release" } });
    await prisma.articleTranslation.updateMany({ where: { articleId: id }, data: { scheduledAt: until, embargoUntil: until } });
    const editor = await browser.newContext({ locale: "ru-RU" });
    const [name, value] = (await editorSessionCookie(db.url, env.BETTER_AUTH_SECRET)).split("=");
    await editor.addCookies([{ name: name!, value: value!, url: base }]);
    const desk = await editor.newPage();
    await desk.goto(`${base}/admin/articles/${id}`);
    await desk.getByText("Рассылки: пресс-лист и Telegram").first().click();
    desk.once("dialog", (dialog) => void dialog.accept());
    await desk.getByRole("button", { name: "Отправить по пресс-листу" }).click();
    const advance = await waitFor(() => mailsTo("irina@example.org").length === 1, 15_000);
    const copy = mailsTo("irina@example.org")[0];
    checks.check("the advance copy reaches the press list, marked as embargoed", advance && /^ЭМБАРГО до .* МСК: /.test(copy?.subject ?? ""), copy?.subject);
    const before = await read(base, `/ru/press/news/${embargoed.slug}`);
    const feedBefore = await read(base, "/ru/feed.xml");
    checks.check(
      "before the embargo the page, the feed and the alerts are silent",
      Date.now() < until.getTime() &&
        before.status === 404 &&
        !feedBefore.body.includes(embargoed.slug) &&
        !mailsTo("reader@example.org").some((m) => m.subject === embargoed.title),
      `page ${before.status}`,
    );
    const afterEmbargo = await waitFor(() => mailsTo("reader@example.org").some((m) => m.subject === embargoed.title), 60_000);
    checks.check(
      "after the embargo the alert goes out and the page answers",
      afterEmbargo && (await read(base, `/ru/press/news/${embargoed.slug}`)).status === 200,
    );
    await editor.close();
    mark("advance copy sent, embargo passed, alert received");

    // The server is killed while Telegram holds its answer to a post, then started again.
    telegram.hold(true);
    const held = planArticle("telegram-held");
    await scheduleArticle(prisma, chosen!.id, held);
    const calling = await waitFor(() => telegram.calls.some((c) => String(c.payload.caption ?? c.payload.text).includes(held.title)), 20_000);
    checks.check("the post of the held text reached Telegram before the kill", calling);
    // Its alert goes out beside the post; the kill is meant for the post alone. A kill during an
    // SMTP exchange leaves that message uncertain, which is never sent twice (see the README).
    await waitFor(() => mailsTo("reader@example.org").some((m) => m.subject === held.title), 20_000);
    killGroup(site, "SIGKILL");
    await site.exited;
    telegram.hold(false);
    mark("killed mid-send");
    const afterKill = planArticle("after-restart");
    site = await start();
    await scheduleArticle(prisma, chosen!.id, afterKill);
    const restarted = await waitFor(() => posts(afterKill.title) === 1, 30_000);
    mark("restarted, next text posted");
    // The job cut off by the kill comes back after its expiry and must not post again.
    const retried = async () =>
      (
        await prisma.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'telegram' AND retry_count > 0 AND state = 'completed'`,
        )
      )[0]!.n;
    const deadline = Date.now() + 240_000;
    while ((await retried()) === 0 && Date.now() < deadline) await sleep(2_000);
    checks.check("the job cut off by the kill ran again after its expiry", (await retried()) > 0);
    mark("the cut-off job ran again");
    const counts = [mine, theirs, embargoed, held, afterKill].map((a) => [a.title, String(pinged(a.slug)), String(posts(a.title))]);
    printTable("Calls per published text", ["text", "IndexNow", "Telegram posts"], counts);
    checks.check("the next text is posted after the restart", restarted);
    checks.check(
      "IndexNow heard of each text once",
      counts.every((c) => c[1] === "1"),
      counts.map((c) => c[1]).join(","),
    );
    checks.check(
      "Telegram got each post once, the one cut off by the kill included",
      counts.every((c) => c[2] === "1"),
      counts.map((c) => c[2]).join(","),
    );
    const subjects = mailsTo("reader@example.org")
      .slice(1)
      .map((m) => m.subject)
      .sort();
    const expected = [mine, embargoed, held, afterKill].map((a) => a.title).sort();
    checks.check("the reader got one alert per text of the chosen region", JSON.stringify(subjects) === JSON.stringify(expected), subjects.join("; "));

    // One click in the mail client, then nothing more.
    const header = mailsTo("reader@example.org").at(-1)!.header("list-unsubscribe") ?? "";
    const oneClick = /<([^>]+)>/.exec(header)?.[1] ?? "";
    const answer = await fetch(oneClick, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    checks.check("the List-Unsubscribe-Post request unsubscribes", answer.status === 200, `${answer.status} ${oneClick}`);
    const count = mailsTo("reader@example.org").length;
    const last = planArticle("after-unsubscribe");
    await scheduleArticle(prisma, chosen!.id, last);
    await waitFor(() => posts(last.title) === 1, 20_000);
    await sleep(2_000);
    checks.check("no alert after unsubscribing", mailsTo("reader@example.org").length === count);
    await browser.close();
    printTable("Outreach timeline", ["event", "at", "detail"], timeline);
  },
  async () => {
    for (const site of sites) await stopSite(site);
    await prisma.$disconnect();
    await Promise.all([smtp.close(), indexNow.close(), telegram.close()]);
    await db.stop();
  },
);
finishScenario(checks, "outreach", dir);
