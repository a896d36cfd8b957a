import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/saving/core";
import { albumInput as draftAlbumInput, type AlbumText } from "../support/album-input";
import { withTestDatabase } from "../support/test-db";

const db = withTestDatabase(async () => ({
  gallery: await import("../../lib/gallery/mutations"),
  load: await import("../../lib/gallery/load"),
}));

let editor: Actor;

// Here a locale's text is published unless it says otherwise.
const albumInput = (ru: AlbumText, en: AlbumText, over?: Record<string, unknown>) =>
  draftAlbumInput({ status: "published", ...ru }, { status: "published", ...en }, over);

async function save(input: ReturnType<typeof albumInput>) {
  const result = await db.lib.gallery.saveAlbum(editor, input);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

const redirectsOf = (albumId: string) =>
  db.prisma.slugRedirect.findMany({
    where: { entityType: "gallery_album", entityId: albumId },
    select: { locale: true, fromSlug: true },
    orderBy: { fromSlug: "asc" },
  });

beforeAll(async () => {
  const ed = await db.prisma.user.create({ data: { name: "Мария Редакторова", email: "editor@example.org", role: "editor" } });
  editor = { id: ed.id, role: "editor" };
});

describe("renamed gallery albums", () => {
  it("keeps the old slug of a published translation as a redirect that the public page follows", async () => {
    const created = await save(albumInput({ slug: "forum-old" }, { slug: "forum-en" }));
    expect(created.tags).not.toContain("redirects");
    const renamed = await save(albumInput({ slug: "forum-new" }, { slug: "forum-en" }, { id: created.id, version: "1" }));
    expect(renamed.tags).toEqual(expect.arrayContaining(["gallery", "redirects"]));
    // Only the renamed locale gets a redirect.
    expect(await redirectsOf(created.id)).toEqual([{ locale: "ru", fromSlug: "forum-old" }]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: created.id }, orderBy: { createdAt: "desc" } });
    expect(audit.details).toEqual({ movedFrom: { ru: "forum-old" } });

    expect(await db.lib.load.resolveAlbum("ru", "forum-old")).toEqual({ type: "moved", slug: "forum-new" });
    expect(await db.lib.load.resolveAlbum("ru", "forum-new")).toMatchObject({ type: "album", album: { id: created.id, slug: "forum-new" } });
    // The old slug is a Russian one: in English it is simply unknown.
    expect(await db.lib.load.resolveAlbum("en", "forum-old")).toBeNull();
  });

  it("does not give an album's old slug to another album, in that locale only", async () => {
    const before = await db.prisma.galleryAlbum.count();
    expect(await db.lib.gallery.saveAlbum(editor, albumInput({ slug: "forum-old" }, { slug: "elsewhere" }))).toMatchObject({
      fieldErrors: { "translations.ru.slug": ["slugTaken"] },
    });
    expect(await db.prisma.galleryAlbum.count()).toBe(before);
    expect(await db.prisma.galleryAlbumTranslation.count({ where: { slug: "elsewhere" } })).toBe(0);
    // The same slug in the other locale is another URL.
    const other = await save(albumInput({ slug: "elsewhere" }, { slug: "forum-old" }));
    // An existing album cannot rename into it either, and the refused save changes nothing.
    const refused = await db.lib.gallery.saveAlbum(editor, albumInput({ slug: "forum-old" }, { slug: "forum-old" }, { id: other.id, version: "1" }));
    expect(refused).toMatchObject({ fieldErrors: { "translations.ru.slug": ["slugTaken"] } });
    expect(
      await db.prisma.galleryAlbumTranslation.findMany({ where: { albumId: other.id }, select: { locale: true, slug: true }, orderBy: { locale: "asc" } }),
    ).toEqual([
      { locale: "ru", slug: "elsewhere" },
      { locale: "en", slug: "forum-old" },
    ]);
    expect((await db.prisma.galleryAlbum.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(1);
  });

  it("lets an album take its old slug back, which removes the redirect", async () => {
    const album = await db.prisma.galleryAlbumTranslation.findUniqueOrThrow({ where: { locale_slug: { locale: "ru", slug: "forum-new" } } });
    const { version } = await db.prisma.galleryAlbum.findUniqueOrThrow({ where: { id: album.albumId } });
    const back = await save(albumInput({ slug: "forum-old" }, { slug: "forum-en" }, { id: album.albumId, version: String(version) }));
    expect(back.tags).toContain("redirects");
    // forum-new was published too, so it now redirects back; forum-old is the album's own URL again.
    expect(await redirectsOf(album.albumId)).toEqual([{ locale: "ru", fromSlug: "forum-new" }]);
    expect(await db.lib.load.resolveAlbum("ru", "forum-old")).toMatchObject({ type: "album", album: { id: album.albumId } });
    expect(await db.lib.load.resolveAlbum("ru", "forum-new")).toEqual({ type: "moved", slug: "forum-old" });
  });

  it("keeps no redirect for a draft, and follows none to an album no longer published", async () => {
    const draft = await save(albumInput({ slug: "draft-a", status: "draft" }, { slug: "draft-a", status: "draft" }));
    const renamed = await save(albumInput({ slug: "draft-b", status: "draft" }, { slug: "draft-a", status: "draft" }, { id: draft.id, version: "1" }));
    expect(renamed.tags).not.toContain("redirects");
    expect(await redirectsOf(draft.id)).toEqual([]);

    const shown = await save(albumInput({ slug: "shown-a" }, { slug: "shown-a" }));
    await save(albumInput({ slug: "shown-b", status: "draft" }, { slug: "shown-a" }, { id: shown.id, version: "1" }));
    expect(await redirectsOf(shown.id)).toEqual([{ locale: "ru", fromSlug: "shown-a" }]);
    // Back to draft in Russian: to a Russian visitor the album is now in English only.
    expect(await db.lib.load.resolveAlbum("ru", "shown-a")).toMatchObject({ type: "missing", locale: "en", slug: "shown-a" });
  });
});
