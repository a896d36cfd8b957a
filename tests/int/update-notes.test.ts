import { describe, expect, it } from "vitest";
import { articleTextSchema } from "../../lib/zod/article";
import { paragraphDoc } from "../support/articles";
import { withTestDatabase } from "../support/test-db";

const editor = { id: "", role: "editor" as const };
const t = withTestDatabase(async (prisma) => {
  editor.id = (await prisma.user.create({ data: { name: "Ольга Редактор", email: "o@example.org", role: "editor" } })).id;
  const [mutations, shared, publication, detail] = await Promise.all([
    import("@/lib/articles/mutations"),
    import("@/lib/articles/shared-mutations"),
    import("@/lib/articles/publication"),
    import("@/lib/articles/article"),
  ]);
  return { mutations, shared, publication, detail };
});
const version = async (articleId: string) =>
  (await t.prisma.articleTranslation.findUniqueOrThrow({ where: { articleId_locale: { articleId, locale: "ru" } } })).version;

async function save(articleId: string, lead: string, change?: "minor" | "update", updateNote?: string) {
  const { slug, title } = await t.prisma.articleTranslation.findUniqueOrThrow({ where: { articleId_locale: { articleId, locale: "ru" } } });
  const input = {
    articleId,
    locale: "ru" as const,
    version: await version(articleId),
    title,
    slug,
    lead,
    body: paragraphDoc(lead),
    author: "",
    seoDescription: "",
  };
  const result = await t.lib.mutations.saveArticleText(editor, { ...input, change, updateNote });
  expect(result.ok).toBe(true);
}

async function publishedArticle(title: string) {
  const id = (await t.lib.shared.createArticle(editor, { locale: "ru", title, kind: "press_release" })).id as string;
  await save(id, "Первая редакция");
  expect((await t.lib.publication.changePublication(editor, { action: "publish", articleId: id, locale: "ru", version: await version(id) })).ok).toBe(true);
  return id;
}

describe("update notes of published texts", () => {
  it("shows an update with its note and time, and makes it the text's modification time", async () => {
    const id = await publishedArticle("Итоги форума");
    const before = (await t.lib.detail.loadDetail("ru", id))!;
    expect(before.updates).toEqual([]);
    expect(before.modifiedAt).toBe(before.publishedAt);

    await save(id, "Вторая редакция", "update", "Добавлены итоги голосования");
    const after = (await t.lib.detail.loadDetail("ru", id))!;
    expect(after.updates.map((u) => u.note)).toEqual(["Добавлены итоги голосования"]);
    expect(after.modifiedAt).toBe(after.updates[0]!.at);
    expect(after.modifiedAt > after.publishedAt).toBe(true);
    const audit = await t.prisma.auditLog.findFirstOrThrow({ where: { entityId: id }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ action: "article.save_update", details: { note: "Добавлены итоги голосования" } });
  });

  it("keeps a typo fix silent and the history of earlier notes, newest first", async () => {
    const id = await publishedArticle("Совещание в Перми");
    await save(id, "Исправлена опечатка", "minor", "этот текст не показывается");
    let shown = (await t.lib.detail.loadDetail("ru", id))!;
    expect(shown.updates).toEqual([]);
    expect(shown.modifiedAt).toBe(shown.publishedAt);

    await save(id, "Вторая редакция", "update", "Уточнён состав делегации");
    await save(id, "Третья редакция", "update", "Добавлены фотографии");
    await save(id, "Третья редакция, без опечатки");
    shown = (await t.lib.detail.loadDetail("ru", id))!;
    expect(shown.updates.map((u) => u.note)).toEqual(["Добавлены фотографии", "Уточнён состав делегации"]);
  });

  it("announces nothing for a text readers have not seen", async () => {
    const id = (await t.lib.shared.createArticle(editor, { locale: "ru", title: "Черновик", kind: "news" })).id as string;
    await save(id, "Черновая редакция", "update", "Никто ещё не читал");
    expect(await t.prisma.articleUpdate.count({ where: { translation: { articleId: id } } })).toBe(0);
  });

  it("asks for the note when the change is an update", () => {
    const input = {
      articleId: "a",
      locale: "ru",
      version: "3",
      title: "T",
      slug: "t",
      lead: "",
      body: JSON.stringify(paragraphDoc("x")),
      author: "",
      seoDescription: "",
    };
    const refused = articleTextSchema.safeParse({ ...input, change: "update", updateNote: "  " });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["updateNote", "updateNoteRequired"]]);
    expect(articleTextSchema.parse(input)).toMatchObject({ change: "minor", updateNote: "" });
  });
});
