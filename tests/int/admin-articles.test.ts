import { beforeAll, describe, expect, it } from "vitest";
import { articleModules, paragraphDoc } from "../support/articles";
import { imageWithAlt } from "../support/media-rows";
import { withTestDatabase } from "../support/test-db";

const editorUser = { id: "", role: "editor" as const };
const authorUser = { id: "", role: "author" as const };
const text = (articleId: string, locale: "ru" | "en", version: number, title: string, slug: string, extra = "") => ({
  articleId,
  locale,
  version,
  title,
  slug,
  lead: "",
  body: paragraphDoc(`${title} ${extra}`),
  author: "",
  seoDescription: "",
});

const db = withTestDatabase(async () => ({ ...(await articleModules()), editor: await import("@/lib/articles/editor-data") }));
beforeAll(async () => {
  editorUser.id = (await db.prisma.user.create({ data: { name: "Elena Editor", email: "e@example.org", role: "editor" } })).id;
  authorUser.id = (await db.prisma.user.create({ data: { name: "Anton Author", email: "a@example.org", role: "author" } })).id;
});

// A new article whose Russian draft has a body (version 2), ready to publish.
async function newArticle(title: string) {
  const r = await db.lib.shared.createArticle(editorUser, { locale: "ru", title, kind: "news" });
  const id = r.id as string;
  const { slug } = await db.prisma.articleTranslation.findFirstOrThrow({ where: { articleId: id } });
  expect((await db.lib.texts.saveArticleText(editorUser, text(id, "ru", 1, title, slug))).ok).toBe(true);
  return id;
}
const v = async (articleId: string, locale: "ru" | "en") =>
  (await db.prisma.articleTranslation.findUnique({ where: { articleId_locale: { articleId, locale } } }))?.version ?? 0;

describe("article editing", () => {
  it("creates a Russian draft with a transliterated slug, a revision and an audit entry", async () => {
    const id = await newArticle("Иннополис принял форум");
    const t = await db.prisma.articleTranslation.findUniqueOrThrow({ where: { articleId_locale: { articleId: id, locale: "ru" } } });
    expect(t).toMatchObject({ slug: "innopolis-prinyal-forum", status: "draft", version: 2 });
    expect(await db.prisma.revision.count({ where: { entityId: id } })).toBe(2);
    expect(await db.prisma.auditLog.count({ where: { entityId: id, action: "article.create" } })).toBe(1);
  });

  it("refuses a stale save, naming the colleague, and keeps their text", async () => {
    const id = await newArticle("Первый");
    expect(await db.lib.texts.saveArticleText(editorUser, text(id, "ru", 2, "Первый, правка Елены", "pervyi"))).toMatchObject({ ok: true, version: 3 });
    const stale = await db.lib.texts.saveArticleText(authorUser, text(id, "ru", 2, "Правка Антона", "pervyi"));
    expect(stale).toMatchObject({ error: "conflict", errorValues: { name: "Elena Editor" } });
    expect((await db.prisma.articleTranslation.findFirstOrThrow({ where: { articleId: id, locale: "ru" } })).title).toBe("Первый, правка Елены");
  });

  it("lets only one of two simultaneous saves of the same version apply", async () => {
    const id = await newArticle("Гонка");
    const results = await Promise.all([
      db.lib.texts.saveArticleText(editorUser, text(id, "ru", 2, "A", "gonka")),
      db.lib.texts.saveArticleText(authorUser, text(id, "ru", 2, "B", "gonka")),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => r.error === "conflict")).toHaveLength(1);
    expect(await v(id, "ru")).toBe(3);
  });

  it("keeps slugs unique per locale and redirects the old slug of a published text", async () => {
    const a = await newArticle("Слаг А");
    const b = await newArticle("Слаг Б");
    expect((await db.lib.texts.saveArticleText(editorUser, text(b, "ru", 2, "Слаг Б", "slag-a"))).fieldErrors?.slug).toEqual(["slugTaken"]);
    expect((await db.lib.pub.changePublication(editorUser, { action: "publish", articleId: a, locale: "ru", version: 2 })).ok).toBe(true);
    expect((await db.lib.texts.saveArticleText(editorUser, text(a, "ru", 3, "Слаг А", "slag-a-new"))).ok).toBe(true);
    expect(await db.prisma.slugRedirect.findFirst({ where: { fromSlug: "slag-a", entityId: a } })).not.toBeNull();
    // The old URL now belongs to the redirect: no other article may take it.
    expect((await db.lib.texts.saveArticleText(editorUser, text(b, "ru", 2, "Слаг Б", "slag-a"))).fieldErrors?.slug).toEqual(["slugTaken"]);
  });

  it("publishes one locale without touching the other, and only complete texts", async () => {
    const id = await newArticle("Двуязычный");
    expect((await db.lib.texts.saveArticleText(editorUser, text(id, "en", 0, "Bilingual", "bilingual"))).ok).toBe(true);
    await db.lib.texts.saveArticleText(editorUser, { ...text(id, "ru", 2, "Двуязычный", "dvuyazychnyi"), body: { type: "doc", content: [] } });
    expect((await db.lib.pub.changePublication(editorUser, { action: "publish", articleId: id, locale: "ru", version: 3 })).error).toBe("publish.incomplete");
    await db.lib.texts.saveArticleText(editorUser, text(id, "ru", 3, "Двуязычный", "dvuyazychnyi"));
    expect((await db.lib.pub.changePublication(editorUser, { action: "publish", articleId: id, locale: "ru", version: 4 })).ok).toBe(true);
    const rows = await db.prisma.articleTranslation.findMany({ where: { articleId: id }, orderBy: { locale: "asc" } });
    expect(rows.map((r) => [r.locale, r.status])).toEqual([
      ["ru", "published"],
      ["en", "draft"],
    ]);
  });

  it("requires alt text in the publishing locale for the cover", async () => {
    const id = await newArticle("С обложкой");
    const media = await imageWithAlt(db.prisma, "cover.jpg", { ru: "Обложка", en: "" });
    await db.lib.shared.saveArticleShared(editorUser, {
      articleId: id,
      version: 1,
      kind: "news",
      regionIds: [],
      coverId: media.id,
      sourceName: null,
      sourceUrl: null,
    });
    await db.lib.texts.saveArticleText(editorUser, text(id, "en", 0, "With a cover", "with-a-cover"));
    expect(await db.lib.pub.changePublication(editorUser, { action: "publish", articleId: id, locale: "en", version: 1 })).toMatchObject({
      error: "publish.altMissing",
      errorValues: { files: "cover.jpg" },
    });
    expect((await db.lib.pub.changePublication(editorUser, { action: "publish", articleId: id, locale: "ru", version: 2 })).ok).toBe(true);
  });

  it("does not let an author change a published text", async () => {
    const id = await newArticle("Опубликованный");
    await db.lib.pub.changePublication(editorUser, { action: "publish", articleId: id, locale: "ru", version: 2 });
    expect((await db.lib.texts.saveArticleText(authorUser, text(id, "ru", 3, "Тайная правка", "opublikovannyi"))).error).toBe("auth.forbidden");
  });

  it("does not let an author change a scheduled or embargoed text, nor its shared fields", async () => {
    const id = await newArticle("Под эмбарго");
    const at = new Date(Date.now() + 60_000);
    expect((await db.lib.pub.changePublication(editorUser, { action: "embargo", articleId: id, locale: "ru", version: 2, embargoUntil: at })).ok).toBe(true);
    expect((await db.lib.texts.saveArticleText(authorUser, text(id, "ru", 3, "Фишинговая правка", "pod-embargo", "https://evil.example"))).error).toBe(
      "auth.forbidden",
    );
    expect(
      (
        await db.lib.shared.saveArticleShared(authorUser, {
          articleId: id,
          version: 1,
          kind: "news",
          regionIds: [],
          coverId: null,
          sourceName: "Evil",
          sourceUrl: "https://evil.example",
        })
      ).error,
    ).toBe("auth.forbidden");
    expect((await db.prisma.articleTranslation.findFirstOrThrow({ where: { articleId: id } })).title).toBe("Под эмбарго");
    expect((await db.lib.texts.saveArticleText(editorUser, text(id, "ru", 3, "Правка редактора", "pod-embargo"))).ok).toBe(true);
    // Back to draft, so the scheduler tests below see only their own texts.
    expect((await db.lib.pub.changePublication(editorUser, { action: "draft", articleId: id, locale: "ru", version: 4 })).ok).toBe(true);
  });

  it("sends a scheduled text that is no longer complete back to draft instead of publishing it", async () => {
    const id = await newArticle("Станет неполным");
    const at = new Date(Date.now() + 60_000);
    await db.lib.pub.changePublication(editorUser, { action: "schedule", articleId: id, locale: "ru", version: 2, scheduledAt: at });
    // An image without Russian alt text appears as the cover after scheduling.
    const media = await imageWithAlt(db.prisma, "late.jpg", { ru: "" });
    await db.prisma.article.update({ where: { id }, data: { coverId: media.id } });
    const result = await db.lib.scheduler.publishDue(new Date(at.getTime() + 1));
    expect(result).toMatchObject({ published: 0, refused: 1 });
    expect(await db.prisma.articleTranslation.findFirstOrThrow({ where: { articleId: id } })).toMatchObject({ status: "draft", scheduledAt: null });
    expect(await db.prisma.auditLog.count({ where: { entityId: id, action: "article.scheduled_publish_refused" } })).toBe(1);
  });

  it("publishes a scheduled text when its time comes, not before", async () => {
    const id = await newArticle("Запланированный");
    const at = new Date(Date.now() + 60_000);
    expect((await db.lib.pub.changePublication(editorUser, { action: "schedule", articleId: id, locale: "ru", version: 2, scheduledAt: at })).ok).toBe(true);
    expect((await db.lib.scheduler.publishDue(new Date())).published).toBe(0);
    const result = await db.lib.scheduler.publishDue(new Date(at.getTime() + 1));
    expect(result.published).toBe(1);
    expect(result.tags).toContain("articles");
    const t = await db.prisma.articleTranslation.findFirstOrThrow({ where: { articleId: id } });
    expect(t).toMatchObject({ status: "published", publishedAt: at });
    expect(await db.prisma.auditLog.count({ where: { entityId: id, action: "article.scheduled_publish", actorId: null } })).toBe(1);
  });

  it("restores a revision as a new revision, keeping the history", async () => {
    const id = await newArticle("Версия один");
    await db.lib.texts.saveArticleText(editorUser, text(id, "ru", 2, "Версия два", "versiya-odin"));
    const old = await db.prisma.revision.findFirstOrThrow({ where: { entityId: id, version: 2 } });
    expect(await db.lib.restore.restoreArticleRevision(editorUser, old.id, 3)).toMatchObject({ ok: true, version: 4 });
    expect((await db.prisma.articleTranslation.findFirstOrThrow({ where: { articleId: id } })).title).toBe("Версия один");
    expect(await db.prisma.revision.count({ where: { entityId: id } })).toBe(4);
  });

  it("marks a translation out of date when the other locale's text changes, showing what changed", async () => {
    const id = await newArticle("Исходный текст");
    await db.lib.texts.saveArticleText(editorUser, text(id, "en", 0, "Original text", "original-text"));
    expect((await db.lib.editor.getArticleForEditor(id))!.states).toEqual({ ru: "current", en: "current" });
    await new Promise((r) => setTimeout(r, 5));
    await db.lib.texts.saveArticleText(editorUser, text(id, "ru", 2, "Исходный текст", "iskhodnyi-tekst", "новый абзац"));
    const data = (await db.lib.editor.getArticleForEditor(id))!;
    expect(data.states).toEqual({ ru: "current", en: "outdated" });
    // Bringing the translation up to date does not in turn make the original out of date.
    await db.lib.texts.saveArticleText(editorUser, text(id, "en", await v(id, "en"), "Original text", "original-text", "new paragraph"));
    expect((await db.lib.editor.getArticleForEditor(id))!.states).toEqual({ ru: "current", en: "current" });
    const bodyDiff = data.changes.en.find((d) => d.field === "body")!;
    expect(bodyDiff.parts.filter((p) => p.added).map((p) => p.value.trim())).toContain("новый абзац");
  });
});
