import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { paragraphDoc } from "../support/articles";
import { drainJobs } from "../support/job-runner";
import { startSmtpStandIn } from "../support/smtp-standin";
import { withTestDatabase } from "../support/test-db";

// E-mail alerts end to end below the browser: sign-up with double opt-in, alerts that match the
// choices and arrive once, one-click unsubscribe, digests, through a real SMTP server.
vi.mock("next/cache", () => ({ revalidateTag: () => {} }));
vi.mock("next-intl/server", async () => (await import("../support/job-runner")).intlServerModule());

let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;
const t = withTestDatabase(async () => {
  smtp = await startSmtpStandIn();
  Object.assign(process.env, { SITE_URL: "https://airr.example", SMTP_URL: smtp.url, MAIL_FROM: '"АИРР" <news@airr.example>' });
  const [run, subs, pub, texts, shared, route] = await Promise.all([
    import("@/lib/jobs/run"),
    import("@/lib/alerts/subscriptions"),
    import("@/lib/articles/publication"),
    import("@/lib/articles/mutations"),
    import("@/lib/articles/shared-mutations"),
    import("@/app/api/alerts/unsubscribe/route"),
  ]);
  return { ...run, ...subs, ...pub, ...texts, ...shared, unsubscribePost: route.POST };
});
afterAll(() => smtp.close());

const editor = { id: "", role: "editor" as const };
const consent = { text: "Согласен", version: "test", ip: "203.0.113.7" };
const drain = () => drainJobs(t.prisma, t.lib.runJob);
const regions: Record<string, string> = {};
const tokenIn = (body: string) => /token=([A-Za-z0-9_-]{32})/.exec(body)?.[1];

async function publish(title: string, slug: string, region: string, kind: "news" | "press_release" = "news") {
  const id = (await t.lib.createArticle(editor, { locale: "ru", title, kind })).id as string;
  const shared = await t.prisma.article.update({ where: { id }, data: { regions: { connect: { id: regions[region] } } } });
  expect(shared.id).toBe(id);
  const base = { articleId: id, locale: "ru" as const, title, slug, lead: `Лид: ${title}`, body: paragraphDoc(title), author: "", seoDescription: "" };
  const saved = await t.lib.saveArticleText(editor, { ...base, version: 1 });
  expect((await t.lib.changePublication(editor, { action: "publish", articleId: id, locale: "ru", version: saved.version! })).ok).toBe(true);
  return drain();
}

beforeAll(async () => {
  editor.id = (await t.prisma.user.create({ data: { name: "Elena Editor", email: "e@example.org", role: "editor" } })).id;
  for (const [code, slug] of [
    ["TA", "tatarstan"],
    ["PE", "perm"],
  ] as const)
    regions[slug] = (
      await t.prisma.region.create({
        data: { code, slug, translations: { create: [{ locale: "ru", name: slug === "perm" ? "Пермский край" : "Татарстан", profile: {} }] } },
      })
    ).id;
});

describe("e-mail alerts", () => {
  let token = "";

  it("asks the new address to confirm, naming its choices, and sends nothing else before", async () => {
    await t.lib.subscribe(
      { email: "Reader@Example.org", locale: "ru", scope: "all", frequency: "immediate", regionIds: [regions.tatarstan!], consent: "yes" },
      consent,
    );
    await drain();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail).toMatchObject({ to: "reader@example.org", subject: "Подтвердите подписку на новости АИРР" });
    expect(mail!.text).toContain("регионы: Татарстан");
    token = tokenIn(mail!.text)!;
    expect(mail!.html).toContain(`https://airr.example/ru/press/alerts/confirm?token=${token}`);
    expect(await t.prisma.subscriber.findFirstOrThrow()).toMatchObject({ status: "pending", consentText: "Согласен", consentIp: "203.0.113.7" });
    await publish("До подтверждения", "do-podtverzhdeniya", "tatarstan");
    expect(smtp.received).toHaveLength(1);
  });

  it("after confirmation sends exactly one alert for a text of the chosen region, none for another region", async () => {
    expect((await t.lib.confirmSubscription(token))?.status).toBe("active");
    await publish("Новость Татарстана", "novost-tatarstana", "tatarstan");
    await publish("Новость Перми", "novost-permi", "perm");
    const alerts = smtp.received.slice(1);
    expect(alerts.map((m) => m.subject)).toEqual(["Новость Татарстана"]);
    const alert = alerts[0]!;
    expect(alert.html).toContain('href="https://airr.example/ru/press/news/novost-tatarstana"');
    expect(alert.text).toContain("Лид: Новость Татарстана");
    expect(alert.header("list-unsubscribe")).toMatch(new RegExp(`https://airr.example/api/alerts/unsubscribe\\?token=${token}`));
    expect(alert.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    // The same alert is never sent twice, even when its job runs again.
    const subscriber = await t.prisma.subscriber.findFirstOrThrow();
    const translation = await t.prisma.articleTranslation.findFirstOrThrow({ where: { slug: "novost-tatarstana" } });
    expect(await t.lib.runJob({ queue: "mail", id: "again", data: { kind: "alert", subscriberId: subscriber.id, translationId: translation.id } })).toEqual({
      already: "reader@example.org",
    });
    expect(smtp.received).toHaveLength(2);
  });

  it("answers a sign-up of a subscribed address with its settings link, and sends at most three such messages a day", async () => {
    for (let i = 0; i < 4; i += 1)
      await t.lib.subscribe({ email: "reader@example.org", locale: "ru", scope: "press", frequency: "weekly", regionIds: [], consent: "yes" }, consent);
    await drain();
    const manage = smtp.received.slice(2);
    expect(manage.map((m) => m.subject)).toEqual(["Ваша подписка на новости АИРР", "Ваша подписка на новости АИРР"]);
    expect(manage[0]!.html).toContain(`/ru/press/alerts/settings?token=${token}`);
    // The choices did not change: only the owner can, from the settings page.
    expect(await t.prisma.subscriber.findFirstOrThrow()).toMatchObject({ scope: "all", frequency: "immediate" });
  });

  it("keeps the message for a retry when the mail server refuses it", async () => {
    smtp.refuse(true);
    const failed = await publish("Отклонённое письмо", "otklonennoe", "tatarstan");
    expect(failed["mail:failed"]?.join()).toMatch(/550/);
    expect(await t.prisma.mailDelivery.count({ where: { subject: "Отклонённое письмо" } })).toBe(0);
    smtp.refuse(false);
    const job = (await t.prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id::text FROM pgboss.job WHERE name = 'mail' AND state = 'failed'`))[0]!;
    await t.prisma.$executeRawUnsafe(`UPDATE pgboss.job SET state = 'created' WHERE id = $1::uuid`, job.id);
    await drain();
    expect(smtp.received.at(-1)!.subject).toBe("Отклонённое письмо");
  });

  it("unsubscribes with the one-click POST of RFC 8058, after which nothing more arrives", async () => {
    const response = await t.lib.unsubscribePost(
      new Request(`https://airr.example/api/alerts/unsubscribe?token=${token}`, { method: "POST", body: "List-Unsubscribe=One-Click" }),
    );
    expect(response.status).toBe(200);
    expect(await t.prisma.subscriber.findFirstOrThrow()).toMatchObject({ status: "unsubscribed" });
    const before = smtp.received.length;
    await publish("После отписки", "posle-otpiski", "tatarstan");
    expect(smtp.received).toHaveLength(before);
  });

  it("sends a weekly subscriber one digest of the week's matching texts", async () => {
    await t.lib.subscribe({ email: "weekly@example.org", locale: "ru", scope: "press", frequency: "weekly", regionIds: [], consent: "yes" }, consent);
    await drain();
    const weeklyToken = tokenIn(smtp.received.at(-1)!.text)!;
    await t.lib.confirmSubscription(weeklyToken);
    await publish("Пресс-релиз недели", "press-reliz-nedeli", "perm", "press_release");
    await publish("Обычная новость", "obychnaya-novost", "perm");
    const before = smtp.received.length;
    await t.lib.runJob({ queue: "mail", id: "cron", data: { kind: "digests" } });
    await drain();
    const digests = smtp.received.slice(before);
    expect(digests.map((m) => [m.to, m.subject])).toEqual([["weekly@example.org", "Новости АИРР за неделю: 1 материал"]]);
    expect(digests[0]!.text).toContain("Пресс-релиз недели");
    expect(digests[0]!.text).not.toContain("Обычная новость");
  });
});
