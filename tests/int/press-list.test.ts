import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { paragraphDoc } from "../support/articles";
import { drainJobs } from "../support/job-runner";
import { startSmtpStandIn } from "../support/smtp-standin";
import { withTestDatabase } from "../support/test-db";

// The press list and advance copies under embargo: only confirmed journalists, only in the
// languages they read, only while the embargo holds, every send in the audit log.
vi.mock("next/cache", () => ({ revalidateTag: () => {} }));
vi.mock("next-intl/server", async () => (await import("../support/job-runner")).intlServerModule());

let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;
const t = withTestDatabase(async () => {
  smtp = await startSmtpStandIn();
  Object.assign(process.env, { SITE_URL: "https://airr.example", SMTP_URL: smtp.url });
  const [run, list, advance, pub, texts, shared, telegram] = await Promise.all([
    import("@/lib/jobs/run"),
    import("@/lib/press/list"),
    import("@/lib/press/advance"),
    import("@/lib/articles/publication"),
    import("@/lib/articles/mutations"),
    import("@/lib/articles/shared-mutations"),
    import("@/lib/outreach/telegram-settings"),
  ]);
  return { ...run, ...list, ...advance, ...pub, ...texts, ...shared, ...telegram };
});
afterAll(() => smtp.close());

const editor = { id: "", role: "editor" as const };
const drain = () => drainJobs(t.prisma, t.lib.runJob);
const HOUR = 3_600_000;

async function pressRelease(title: string, embargoUntil: Date | null) {
  const id = (await t.lib.createArticle(editor, { locale: "ru", title, kind: "press_release" })).id as string;
  const base = {
    articleId: id,
    locale: "ru" as const,
    title,
    slug: `pr-${Date.now()}`,
    lead: "Лид релиза",
    body: paragraphDoc("Полный текст релиза."),
    author: "",
    seoDescription: "",
  };
  const saved = await t.lib.saveArticleText(editor, { ...base, version: 1 });
  if (embargoUntil)
    expect((await t.lib.changePublication(editor, { action: "embargo", articleId: id, locale: "ru", version: saved.version!, embargoUntil })).ok).toBe(true);
  return { id, version: saved.version! + (embargoUntil ? 1 : 0) };
}

beforeAll(async () => {
  editor.id = (await t.prisma.user.create({ data: { name: "Elena Editor", email: "e@example.org", role: "editor" } })).id;
});

describe("the press list", () => {
  it("asks a new address to confirm, and refuses the same address twice", async () => {
    expect(await t.lib.addJournalist(editor.id, { name: "Ирина Петрова", outlet: "Ведомости", email: "Irina@Example.org", locales: ["ru"] })).not.toBeNull();
    expect(await t.lib.addJournalist(editor.id, { name: "Ирина", outlet: "", email: "irina@example.org", locales: ["ru"] })).toBeNull();
    await t.lib.addJournalist(editor.id, { name: "John Smith", outlet: "Reuters", email: "john@example.org", locales: ["en"] });
    await t.lib.addJournalist(editor.id, { name: "Не подтвердил", outlet: "", email: "late@example.org", locales: ["ru"] });
    await drain();
    expect(smtp.received.map((m) => m.to).sort()).toEqual(["irina@example.org", "john@example.org", "late@example.org"]);
    const irina = smtp.received.find((m) => m.to === "irina@example.org")!;
    expect(irina.subject).toBe("Подтвердите адрес для пресс-листа АИРР");
    const token = /press-list\/verify\?token=([\w-]{32})/.exec(irina.text)![1]!;
    expect((await t.lib.verifyJournalist(token))?.verifiedAt).toBeInstanceOf(Date);
    const john = /token=([\w-]{32})/.exec(smtp.received.find((m) => m.to === "john@example.org")!.text)![1]!;
    await t.lib.verifyJournalist(john);
    expect(await t.prisma.auditLog.count({ where: { action: "press.journalist_add" } })).toBe(3);
  });

  it("sends an embargoed release to the confirmed journalists of its language, marked in subject and body, and logs every recipient", async () => {
    const until = new Date(Date.now() + 2 * HOUR);
    const pr = await pressRelease("Итоги рейтинга инновационных регионов", until);
    const before = smtp.received.length;
    const sent = await t.lib.sendAdvanceCopy(editor, { articleId: pr.id, locale: "ru", version: pr.version });
    expect(sent).toMatchObject({ ok: true, data: { recipients: 1 } });
    await drain();
    const copies = smtp.received.slice(before);
    expect(copies.map((m) => m.to)).toEqual(["irina@example.org"]);
    expect(copies[0]!.subject).toMatch(/^ЭМБАРГО до .+ МСК: Итоги рейтинга инновационных регионов$/);
    expect(copies[0]!.text).toContain("ЭМБАРГО: не публиковать до");
    expect(copies[0]!.text).toContain("Полный текст релиза.");
    const audit = await t.prisma.auditLog.findFirstOrThrow({ where: { action: "article.advance_copy" } });
    expect(audit).toMatchObject({ entityId: pr.id, locale: "ru", details: { recipients: ["irina@example.org"], embargoUntil: until.toISOString() } });
    // The public side stays silent: the text is scheduled, not published.
    expect(await t.prisma.articleTranslation.count({ where: { articleId: pr.id, status: "published" } })).toBe(0);
    // Sending the same version again sends nothing twice.
    await t.lib.sendAdvanceCopy(editor, { articleId: pr.id, locale: "ru", version: pr.version });
    await drain();
    expect(smtp.received.slice(before)).toHaveLength(1);
  });

  it("refuses an advance copy of a release without an embargo", async () => {
    const pr = await pressRelease("Без эмбарго", null);
    expect(await t.lib.sendAdvanceCopy(editor, { articleId: pr.id, locale: "ru", version: pr.version })).toMatchObject({
      ok: false,
      error: "advance.notEmbargoed",
    });
  });
});

describe("a text's Telegram post settings", () => {
  it("are saved, and refused when a colleague changed them since the form was opened", async () => {
    const pr = await pressRelease("Пост для канала", null);
    const input = { articleId: pr.id, locale: "ru" as const, off: false, text: "Своими словами", previous: "" };
    expect((await t.lib.saveTelegramSettings(editor, input)).ok).toBe(true);
    expect(await t.prisma.articleTranslation.findFirstOrThrow({ where: { articleId: pr.id } })).toMatchObject({
      telegramText: "Своими словами",
      telegramOff: false,
    });
    expect(await t.lib.saveTelegramSettings(editor, { ...input, off: true, text: "" })).toMatchObject({ ok: false, error: "conflictUnknown" });
    expect((await t.lib.saveTelegramSettings(editor, { ...input, off: true, text: "", previous: "Своими словами" })).ok).toBe(true);
    expect(await t.prisma.articleTranslation.findFirstOrThrow({ where: { articleId: pr.id } })).toMatchObject({ telegramText: null, telegramOff: true });
  });
});
