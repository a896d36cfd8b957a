import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { paragraphDoc } from "../support/articles";
import { startIndexNowStandIn, startTelegramStandIn, type IndexNowCall, type StandIn, type TelegramCall } from "../support/outreach-standins";
import { drainJobs } from "../support/job-runner";
import { withTestDatabase } from "../support/test-db";

// What a publication sends out: IndexNow and the Telegram channel, through stand-ins that speak
// their protocols, with the queue's jobs run one by one as a server's worker runs them.
vi.mock("next/cache", () => ({ revalidateTag: () => {} }));
vi.mock("next-intl/server", async () => (await import("../support/job-runner")).intlServerModule());

let indexNow: StandIn<IndexNowCall>;
let telegram: StandIn<TelegramCall>;

const t = withTestDatabase(async () => {
  indexNow = await startIndexNowStandIn();
  telegram = await startTelegramStandIn();
  Object.assign(process.env, {
    SITE_URL: "https://airr.example",
    BETTER_AUTH_SECRET: "s".repeat(40),
    INDEXNOW_ENDPOINT: `${indexNow.url}/indexnow`,
    TELEGRAM_API: telegram.url,
    TELEGRAM_BOT_TOKEN: "123:token",
    TELEGRAM_CHANNEL_RU: "@airr_ru",
  });
  const [run, pub, texts, shared] = await Promise.all([
    import("@/lib/jobs/run"),
    import("@/lib/articles/publication"),
    import("@/lib/articles/mutations"),
    import("@/lib/articles/shared-mutations"),
  ]);
  return { ...run, ...pub, ...texts, ...shared };
});
afterAll(async () => {
  await indexNow.close();
  await telegram.close();
});

const editor = { id: "", role: "editor" as const };

const drain = () => drainJobs(t.prisma, t.lib.runJob);

let articleId = "";
let version = 0;
beforeAll(async () => {
  editor.id = (await t.prisma.user.create({ data: { name: "Elena Editor", email: "e@example.org", role: "editor" } })).id;
  articleId = (await t.lib.createArticle(editor, { locale: "ru", title: "Итоги рейтинга", kind: "press_release" })).id as string;
  const saved = await t.lib.saveArticleText(editor, {
    articleId,
    locale: "ru",
    version: 1,
    title: "Итоги рейтинга <2026>",
    slug: "itogi-reitinga",
    lead: "Лидеры & новички",
    body: paragraphDoc("Текст"),
    author: "",
    seoDescription: "",
  });
  version = saved.version!;
});

describe("a publication", () => {
  it("sends nothing while the text is a draft", async () => {
    await drain();
    expect(indexNow.calls).toEqual([]);
    expect(telegram.calls).toEqual([]);
  });

  it("pings IndexNow with its address and the key, and posts it once to its language's channel", async () => {
    const published = await t.lib.changePublication(editor, { action: "publish", articleId, locale: "ru", version });
    version = published.version!;
    await drain();
    const key = indexNow.calls[0]!.key;
    expect(indexNow.calls).toEqual([
      { host: "airr.example", key, keyLocation: `https://airr.example/${key}.txt`, urlList: ["https://airr.example/ru/press/news/itogi-reitinga"] },
    ]);
    expect(telegram.calls).toHaveLength(1);
    expect(telegram.calls[0]).toMatchObject({ token: "123:token", method: "sendMessage", payload: { chat_id: "@airr_ru", parse_mode: "HTML" } });
    const text = String(telegram.calls[0]!.payload.text);
    expect(text).toContain("<b>Итоги рейтинга &lt;2026&gt;</b>");
    expect(text).toContain("Лидеры &amp; новички");
    expect(text).toContain('href="https://airr.example/ru/press/news/itogi-reitinga"');
    expect(await t.prisma.telegramPost.findFirstOrThrow()).toMatchObject({ messageId: 100, chatId: "@airr_ru" });
    // Run again, nothing more goes out.
    expect((await drain()).telegram).toBeUndefined();
  });

  it("edits the post after a correction and pings the old and new addresses", async () => {
    indexNow.calls.length = 0;
    const base = { articleId, locale: "ru" as const, lead: "Лидеры и новички", body: paragraphDoc("Текст"), author: "", seoDescription: "" };
    const saved = await t.lib.saveArticleText(editor, { ...base, version, title: "Итоги рейтинга 2026", slug: "itogi-reitinga-2026" });
    version = saved.version!;
    await drain();
    expect(indexNow.calls.map((c) => c.urlList.sort())).toEqual([
      ["https://airr.example/ru/press/news/itogi-reitinga", "https://airr.example/ru/press/news/itogi-reitinga-2026"],
    ]);
    expect(telegram.calls.map((c) => c.method)).toEqual(["sendMessage", "editMessageText"]);
    expect(telegram.calls[1]!.payload).toMatchObject({ message_id: 100 });
    expect(String(telegram.calls[1]!.payload.text)).toContain("<b>Итоги рейтинга 2026</b>");
  });

  it("notes a withdrawal in the post", async () => {
    const withdrawn = await t.lib.changePublication(editor, { action: "withdraw", articleId, locale: "ru", version, withdrawnNotice: "Ошибка в данных" });
    expect(withdrawn.ok).toBe(true);
    await drain();
    expect(telegram.calls.map((c) => c.method)).toEqual(["sendMessage", "editMessageText", "editMessageText"]);
    expect(String(telegram.calls[2]!.payload.text)).toContain("Материал отозван редакцией");
    expect(await t.prisma.telegramPost.findFirstOrThrow()).toMatchObject({ withdrawn: true });
  });

  it("never posts twice after a send whose outcome is unknown", async () => {
    const row = await t.prisma.telegramPost.findFirstOrThrow();
    await t.prisma.telegramPost.update({ where: { id: row.id }, data: { messageId: null } });
    const output = await t.lib.runJob({ queue: "telegram", id: "x", data: { translationId: row.translationId } });
    expect(output).toEqual({ uncertain: true });
    expect(telegram.calls).toHaveLength(3);
  });

  it("keeps the addresses and fails the job, with the endpoint's answer, when IndexNow refuses", async () => {
    process.env.SITE_URL = "https://elsewhere.example";
    await t.prisma.indexNowUrl.create({ data: { url: "https://airr.example/ru/press/news/x" } });
    await expect(t.lib.runJob({ queue: "indexnow", id: "y", data: {} })).rejects.toThrow(/IndexNow answered 422: .*belong/);
    expect(await t.prisma.indexNowUrl.count()).toBe(1);
    process.env.SITE_URL = "https://airr.example";
  });
});

describe("a failed job's message", () => {
  it("names the network failure's cause, as the back office shows it", async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    process.env.INDEXNOW_ENDPOINT = `http://127.0.0.1:${closed}/indexnow`;
    await t.prisma.indexNowUrl.create({ data: { url: "https://airr.example/ru/press/news/y" } });
    const error = await t.lib.runJob({ queue: "indexnow", id: "z", data: {} }).catch((e: unknown) => e);
    expect(t.lib.jobErrorMessage(error)).toBe("fetch failed: ECONNREFUSED");
  });
});

describe("the editor's Telegram preview", () => {
  it("shows the post's text as the channel will, with its characters rather than HTML entities", async () => {
    const { getOutreachState } = await import("@/lib/outreach/editor-data");
    const current = await t.prisma.articleTranslation.findUniqueOrThrow({ where: { articleId_locale: { articleId, locale: "ru" } } });
    const saved = await t.lib.saveArticleText(editor, {
      articleId,
      locale: "ru",
      version: current.version,
      title: "Итоги рейтинга <2026>",
      slug: current.slug,
      lead: "Лидеры & новички",
      body: paragraphDoc("Текст"),
      author: "",
      seoDescription: "",
    });
    expect(saved.ok).toBe(true);
    const state = await getOutreachState(articleId, "ru");
    expect(state!.telegram.preview).toContain("Итоги рейтинга <2026>");
    expect(state!.telegram.preview).toContain("Лидеры & новички");
    expect(state!.telegram.preview).not.toMatch(/&(amp|lt|gt|quot|#39);|<b>/);
  });
});
