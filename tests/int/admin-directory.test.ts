import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "../../lib/auth/roles";
import type { Actor } from "../../lib/saving/core";
import { contactSchema } from "../../lib/zod/contacts";
import { documentSchema } from "../../lib/zod/documents";
import { personSchema } from "../../lib/zod/people";
import { albumInput } from "../support/album-input";
import { withTestDatabase } from "../support/test-db";

// The actions run outside Next: the session and cache expiry are stand-ins.
const env = vi.hoisted(() => ({ user: null as null | { id: string; name: string; email: string; role: Role; sessionId: string }, expired: [] as string[] }));
vi.mock("@/lib/auth/session", async () => (await import("../support/mock-session")).sessionModule(() => env.user));
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => env.expired.push(tag) }));

const db = withTestDatabase(async () => ({
  people: await import("../../lib/people/mutations"),
  documents: await import("../../lib/documents/mutations"),
  gallery: await import("../../lib/gallery/mutations"),
  contacts: await import("../../lib/contacts/mutations"),
}));

let editor: Actor;
let author: Actor;
const images: string[] = [];
let pdfId: string;

const personInput = (over: Record<string, unknown> = {}) =>
  personSchema.parse({
    version: "0",
    photoId: "",
    translations: { ru: { name: "Иван Петров", position: "Директор", bio: "" }, en: { name: "Ivan Petrov", position: "Director", bio: "" } },
    memberships: { directorate: { member: true, position: "2" }, council: { member: false, position: "" }, supervisory_board: { member: false, position: "" } },
    ...over,
  });

const documentInput = (over: Record<string, unknown> = {}) =>
  documentSchema.parse({
    version: "0",
    fileId: pdfId,
    pageId: "",
    position: "1",
    translations: { ru: { title: "Устав", description: "" }, en: { title: "Charter", description: "" } },
    ...over,
  });

const historyCount = async (entityId: string) => ({
  revisions: await db.prisma.revision.count({ where: { entityId } }),
  audit: await db.prisma.auditLog.count({ where: { entityId } }),
});

beforeAll(async () => {
  const ed = await db.prisma.user.create({ data: { name: "Мария Редакторова", email: "editor@example.org", role: "editor" } });
  const au = await db.prisma.user.create({ data: { name: "Author", email: "author@example.org", role: "author" } });
  editor = { id: ed.id, role: "editor" };
  author = { id: au.id, role: "author" };
  for (const n of [1, 2, 3]) {
    const m = await db.prisma.media.create({ data: { kind: "image", mimeType: "image/webp", storageKey: `2026/01/img${n}.webp`, width: 800, height: 600 } });
    images.push(m.id);
  }
  pdfId = (
    await db.prisma.media.create({ data: { kind: "file", mimeType: "application/pdf", storageKey: "2026/01/charter.pdf", originalName: "charter.pdf" } })
  ).id;
});

describe("people", () => {
  it("creates a person with a revision, an audit entry and the board page's cache tag", async () => {
    const saved = await db.lib.people.savePerson(editor, personInput({ photoId: images[0] }));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(saved.version).toBe(1);
    expect(saved.tags).toEqual(expect.arrayContaining(["people", "page:/about/management/directorate"]));
    const row = await db.prisma.person.findUniqueOrThrow({ where: { id: saved.id }, include: { translations: true, memberships: true } });
    expect(row.translations.map((t) => t.name).sort()).toEqual(["Ivan Petrov", "Иван Петров"]);
    expect(row.memberships).toMatchObject([{ board: "directorate", position: 2 }]);
    expect(await historyCount(saved.id)).toEqual({ revisions: 1, audit: 1 });
    const revision = await db.prisma.revision.findFirstOrThrow({ where: { entityId: saved.id } });
    expect(revision).toMatchObject({ entityType: "person", version: 1, authorId: editor.id });
  });

  it("refuses a stale save, names who saved last and changes nothing", async () => {
    const created = await db.lib.people.savePerson(editor, personInput());
    if (!created.ok) throw new Error("setup");
    const first = await db.lib.people.savePerson(
      editor,
      personInput({
        id: created.id,
        version: "1",
        translations: { ru: { name: "Первая правка", position: "", bio: "" }, en: { name: "", position: "", bio: "" } },
      }),
    );
    expect(first).toMatchObject({ ok: true, version: 2 });
    const before = await db.prisma.person.findUniqueOrThrow({ where: { id: created.id }, include: { translations: true, memberships: true } });
    const history = await historyCount(created.id);

    const stale = await db.lib.people.savePerson(
      author,
      personInput({
        id: created.id,
        version: "1",
        memberships: {
          directorate: { member: false, position: "" },
          council: { member: true, position: "1" },
          supervisory_board: { member: false, position: "" },
        },
      }),
    );
    expect(stale).toMatchObject({ error: "conflict", errorValues: { name: "Мария Редакторова" } });
    expect(await db.prisma.person.findUniqueOrThrow({ where: { id: created.id }, include: { translations: true, memberships: true } })).toEqual(before);
    expect(await historyCount(created.id)).toEqual(history);
    // The blank English text removed that translation: the person leaves the English board page.
    expect(before.translations.map((t) => t.locale)).toEqual(["ru"]);
  });

  it("needs a name in at least one language", () => {
    const parsed = personSchema.safeParse({
      version: "0",
      photoId: "",
      translations: { ru: { name: "", position: "", bio: "" }, en: { name: "", position: "", bio: "" } },
      memberships: {},
    });
    expect(parsed.success).toBe(false);
  });
});

describe("documents", () => {
  it("refuses a document without a file, both in the schema and in the mutation", async () => {
    const noFile = documentSchema.safeParse({
      version: "0",
      fileId: "",
      pageId: "",
      position: "0",
      translations: { ru: { title: "Устав", description: "" }, en: { title: "", description: "" } },
    });
    expect(noFile.success).toBe(false);
    expect(noFile.error?.issues.find((i) => i.path.join(".") === "fileId")?.message).toBe("fileRequired");
    const count = await db.prisma.document.count();
    expect(await db.lib.documents.saveDocument(editor, documentInput({ fileId: "missing-media" }))).toMatchObject({
      fieldErrors: { fileId: ["fileRequired"] },
    });
    expect(await db.lib.documents.saveDocument(editor, documentInput({ fileId: images[0] }))).toMatchObject({ fieldErrors: { fileId: ["fileKind"] } });
    expect(await db.prisma.document.count()).toBe(count);
  });

  it("saves a document on a page and expires the pages it left and joined", async () => {
    const [about, history] = await Promise.all([
      db.prisma.page.create({ data: { path: "/about/documents" } }),
      db.prisma.page.create({ data: { path: "/about/history" } }),
    ]);
    const created = await db.lib.documents.saveDocument(editor, documentInput({ pageId: about.id }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const moved = await db.lib.documents.saveDocument(editor, documentInput({ id: created.id, version: "1", pageId: history.id }));
    expect(moved).toMatchObject({ ok: true, version: 2 });
    if (!moved.ok) return;
    expect(moved.tags).toEqual(expect.arrayContaining(["documents", "page:/about/documents", "page:/about/history"]));
    expect(await historyCount(created.id)).toEqual({ revisions: 2, audit: 2 });
    expect(await db.lib.documents.saveDocument(editor, documentInput({ id: created.id, version: "1" }))).toMatchObject({ error: "conflict" });
    expect((await db.prisma.document.findUniqueOrThrow({ where: { id: created.id } })).pageId).toBe(history.id);
  });
});

describe("gallery albums", () => {
  it("keeps slugs unique per locale, but the same slug may serve both locales", async () => {
    const first = await db.lib.gallery.saveAlbum(editor, albumInput({ slug: "forum-2026" }, { slug: "forum-2026" }));
    expect(first).toMatchObject({ ok: true });
    const clash = await db.lib.gallery.saveAlbum(editor, albumInput({ slug: "forum-2026" }, { slug: "other-forum" }));
    expect(clash).toMatchObject({ fieldErrors: { "translations.ru.slug": ["slugTaken"] } });
    expect(await db.prisma.galleryAlbumTranslation.count({ where: { slug: "other-forum" } })).toBe(0);
    const crossLocale = await db.lib.gallery.saveAlbum(editor, albumInput({ slug: "other-forum" }, { slug: "forum-2026" }));
    expect(crossLocale).toMatchObject({ fieldErrors: { "translations.en.slug": ["slugTaken"] } });
    // Saving an album again with its own slugs is no clash.
    if (!first.ok) return;
    expect(await db.lib.gallery.saveAlbum(editor, albumInput({ slug: "forum-2026" }, { slug: "forum-2026" }, { id: first.id, version: "1" }))).toMatchObject({
      ok: true,
      version: 2,
    });
  });

  it("persists the order of items and drops removed ones", async () => {
    const created = await db.lib.gallery.saveAlbum(editor, albumInput({ slug: "ordered" }, { slug: "ordered" }, { items: images, coverId: images[1] }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const order = async () => (await db.prisma.galleryItem.findMany({ where: { albumId: created.id }, orderBy: { position: "asc" } })).map((i) => i.mediaId);
    expect(await order()).toEqual(images);
    const reordered = [images[2]!, images[0]!, images[1]!];
    expect(
      await db.lib.gallery.saveAlbum(editor, albumInput({ slug: "ordered" }, { slug: "ordered" }, { id: created.id, version: "1", items: reordered })),
    ).toMatchObject({
      ok: true,
    });
    expect(await order()).toEqual(reordered);
    await db.lib.gallery.saveAlbum(
      editor,
      albumInput({ slug: "ordered" }, { slug: "ordered" }, { id: created.id, version: "2", items: [images[2], images[1]] }),
    );
    expect(await order()).toEqual([images[2], images[1]]);
    expect(await historyCount(created.id)).toEqual({ revisions: 3, audit: 3 });
  });

  it("lets only a role with content.publish change a translation's status", async () => {
    const created = await db.lib.gallery.saveAlbum(editor, albumInput({ slug: "status-test" }, { slug: "status-test" }));
    if (!created.ok) throw new Error("setup");
    const publish = albumInput({ slug: "status-test" }, { slug: "status-test" }, { id: created.id, version: "1" });
    publish.translations.ru!.status = "published";
    expect(await db.lib.gallery.saveAlbum(author, publish)).toMatchObject({ fieldErrors: { "translations.ru.status": ["publishForbidden"] } });
    expect((await db.prisma.galleryAlbumTranslation.findFirstOrThrow({ where: { albumId: created.id, locale: "ru" } })).status).toBe("draft");
    expect(await db.lib.gallery.saveAlbum(editor, publish)).toMatchObject({ ok: true });
    const ru = await db.prisma.galleryAlbumTranslation.findFirstOrThrow({ where: { albumId: created.id, locale: "ru" } });
    expect(ru.status).toBe("published");
    expect(ru.publishedAt).not.toBeNull();
  });
});

describe("contacts", () => {
  const contactInput = (over: Record<string, unknown> = {}) =>
    contactSchema.parse({
      version: "0",
      kind: "press",
      email: "Press@Example.org",
      phone: "+7 (495) 000-00-00",
      position: "0",
      translations: { ru: { name: "Пресс-служба", address: "Москва" }, en: { name: "Press service", address: "Moscow" } },
      ...over,
    });

  it("saves with history and refuses a stale version without changing anything", async () => {
    const created = await db.lib.contacts.saveContact(editor, contactInput());
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(created.tags).toContain("contacts");
    expect((await db.prisma.contact.findUniqueOrThrow({ where: { id: created.id } })).email).toBe("press@example.org");
    expect(await db.lib.contacts.saveContact(editor, contactInput({ id: created.id, version: "1", phone: "+7 495 111-11-11" }))).toMatchObject({
      ok: true,
      version: 2,
    });
    const before = await db.prisma.contact.findUniqueOrThrow({ where: { id: created.id }, include: { translations: true } });
    expect(await db.lib.contacts.saveContact(editor, contactInput({ id: created.id, version: "1", email: "other@example.org" }))).toMatchObject({
      error: "conflict",
    });
    expect(await db.prisma.contact.findUniqueOrThrow({ where: { id: created.id }, include: { translations: true } })).toEqual(before);
    expect(await historyCount(created.id)).toEqual({ revisions: 2, audit: 2 });
  });

  it("needs both names, since the footer shows contacts in both languages", () => {
    const parsed = contactSchema.safeParse({
      version: "0",
      kind: "press",
      email: "a@b.org",
      phone: "",
      position: "",
      translations: { ru: { name: "Офис", address: "" }, en: { name: "", address: "" } },
    });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["translations.en.name", "required"]]);
  });
});

describe("actions", () => {
  const actionModules = () => Promise.all(["people", "documents", "gallery", "contacts"].map((m) => import(`../../lib/actions/${m}.ts`)));
  const totals = async () => [
    await db.prisma.person.count(),
    await db.prisma.document.count(),
    await db.prisma.galleryAlbum.count(),
    await db.prisma.contact.count(),
    await db.prisma.auditLog.count(),
  ];
  const personForm = (ruName: string) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries({
      id: "",
      version: "0",
      "ru.name": ruName,
      "ru.position": "",
      "ru.bio": "",
      "en.name": "",
      "en.position": "",
      "en.bio": "",
      "board.council": "on",
      "boardPosition.council": "3",
    }))
      fd.set(k, v);
    return fd;
  };
  const asUser = (role: Role) => ({ id: role === "author" ? author.id : editor.id, name: role, email: `${role}@example.org`, role, sessionId: "s" });

  beforeEach(() => {
    env.expired.length = 0;
  });

  it("refuses every action to a visitor and to an author, changing nothing", async () => {
    const before = await totals();
    for (const mod of await actionModules()) {
      for (const action of Object.values(mod) as ((prev: object, fd: FormData) => Promise<{ error?: string }>)[]) {
        env.user = null;
        expect(await action({}, personForm("Аноним"))).toEqual({ error: "auth.signedOut" });
        env.user = asUser("author");
        expect(await action({}, personForm("Автор"))).toEqual({ error: "auth.forbidden" });
      }
    }
    expect(await totals()).toEqual(before);
    expect(env.expired).toEqual([]);
  });

  it("saves an editor's form, expires the public pages and returns field errors by path", async () => {
    env.user = asUser("editor");
    const { savePersonAction } = await import("../../lib/actions/people");
    const saved = await savePersonAction({}, personForm("Совет Советович"));
    expect(saved).toMatchObject({ ok: true, version: 1 });
    expect(env.expired).toEqual(expect.arrayContaining(["people", "page:/about/management/council"]));
    const invalid = await savePersonAction({}, personForm(""));
    expect(invalid.fieldErrors?.["translations.ru.name"]).toEqual(["oneLocale"]);
  });
});
