import { beforeAll, describe, expect, it } from "vitest";
import { articleModules, paragraphDoc } from "../support/articles";
import { withTestDatabase } from "../support/test-db";

// An embargoed press release cannot go public before its time by any path: the publish
// button, a schedule, a detour through draft, the scheduler or a revision restored. Only an
// explicit lift ends it early, and the audit log says who lifted it.

const editor = { id: "", role: "editor" as const };
const HOUR = 3_600_000;

const db = withTestDatabase(articleModules);
beforeAll(async () => {
  editor.id = (await db.prisma.user.create({ data: { name: "Elena Editor", email: "e@example.org", role: "editor" } })).id;
});

// A complete Russian press release under embargo for an hour (version 3).
async function embargoed(title: string) {
  const id = (await db.lib.shared.createArticle(editor, { locale: "ru", title, kind: "press_release" })).id as string;
  const { slug } = await db.prisma.articleTranslation.findFirstOrThrow({ where: { articleId: id } });
  const base = { articleId: id, locale: "ru" as const, title, slug, lead: "", author: "", seoDescription: "" };
  expect((await db.lib.texts.saveArticleText(editor, { ...base, version: 1, body: paragraphDoc(title) })).ok).toBe(true);
  const until = new Date(Date.now() + HOUR);
  expect((await db.lib.pub.changePublication(editor, { action: "embargo", articleId: id, locale: "ru", version: 2, embargoUntil: until })).ok).toBe(true);
  return { id, until, base };
}
const row = (articleId: string) => db.prisma.articleTranslation.findFirstOrThrow({ where: { articleId } });
const change = (input: Parameters<typeof db.lib.pub.changePublication>[1]) => db.lib.pub.changePublication(editor, input);

describe("embargo", () => {
  it("refuses Publish, an earlier schedule, a shorter embargo and a detour through draft", async () => {
    const { id, until } = await embargoed("Пресс-релиз под эмбарго");
    const refused = { ok: false, error: "publish.embargoed", errorValues: { time: until.toISOString() } };
    expect(await change({ action: "publish", articleId: id, locale: "ru", version: 3 })).toMatchObject(refused);
    const earlier = new Date(until.getTime() - 10 * 60_000);
    expect(await change({ action: "schedule", articleId: id, locale: "ru", version: 3, scheduledAt: earlier })).toMatchObject(refused);
    expect(await change({ action: "embargo", articleId: id, locale: "ru", version: 3, embargoUntil: earlier })).toMatchObject(refused);
    // Back to draft keeps the embargo, so Publish from there is refused too.
    expect((await change({ action: "draft", articleId: id, locale: "ru", version: 3 })).ok).toBe(true);
    expect(await row(id)).toMatchObject({ status: "draft", embargoUntil: until });
    expect(await change({ action: "publish", articleId: id, locale: "ru", version: 4 })).toMatchObject(refused);
    // A later schedule is fine, and keeps the embargo.
    const later = new Date(until.getTime() + HOUR);
    expect((await change({ action: "schedule", articleId: id, locale: "ru", version: 4, scheduledAt: later })).ok).toBe(true);
    expect(await row(id)).toMatchObject({ status: "scheduled", scheduledAt: later, embargoUntil: until });
    expect(await db.prisma.articleTranslation.count({ where: { articleId: id, status: "published" } })).toBe(0);
  });

  it("is kept by the scheduler even when the schedule was moved earlier behind its back", async () => {
    const { id, until, base } = await embargoed("Эмбарго и планировщик");
    await db.prisma.articleTranslation.updateMany({ where: { articleId: id }, data: { scheduledAt: new Date(Date.now() - 60_000) } });
    expect((await db.lib.scheduler.publishDue(new Date())).published).toBe(0);
    // Restoring an older revision changes the text only, never the publication state.
    const written = await db.prisma.revision.findFirstOrThrow({ where: { entityId: id, locale: "ru", version: 2 } });
    expect((await db.lib.restore.restoreArticleRevision(editor, written.id, 3)).ok).toBe(true);
    expect(await row(id)).toMatchObject({ status: "scheduled", embargoUntil: until, title: base.title });
    const after = await db.lib.scheduler.publishDue(new Date(until.getTime() + 1));
    expect(after.published).toBeGreaterThanOrEqual(1);
    expect(await row(id)).toMatchObject({ status: "published", embargoUntil: null });
  });

  it("ends early only when an editor lifts it, which the audit log records", async () => {
    const { id } = await embargoed("Эмбарго снято");
    expect((await change({ action: "lift", articleId: id, locale: "ru", version: 3 })).ok).toBe(true);
    expect(await db.prisma.auditLog.count({ where: { entityId: id, action: "article.lift", actorId: editor.id } })).toBe(1);
    expect(await change({ action: "lift", articleId: id, locale: "ru", version: 4 })).toMatchObject({ ok: false, error: "publish.notEmbargoed" });
    expect((await change({ action: "publish", articleId: id, locale: "ru", version: 4 })).ok).toBe(true);
    expect(await row(id)).toMatchObject({ status: "published", embargoUntil: null });
  });
});
