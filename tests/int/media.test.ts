import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSafeKey } from "../../lib/media/keys";
import { MediaInputError, storeFile, storeImage } from "../../lib/media/pipeline";
import { LocalMediaStorage, UnsafeKeyError } from "../../lib/media/storage-backends";
import { createPrisma } from "../../scripts/lib/prisma";
import { seedDatabase } from "../../scripts/seed";
import { pngBomb } from "../support/media-fixtures";
import { createTestDatabase } from "../support/test-db";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "airr-media-"));
const storage = new LocalMediaStorage(path.join(dir, "upload"));
const read = async (key: string) => fs.promises.readFile(path.join(storage.root, key));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("image pipeline", () => {
  it("turns a PNG into WebP variants of 480, 960 and 1600 pixels, never upscaled", async () => {
    const png = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#1d5aa6" } })
      .png()
      .toBuffer();
    const stored = await storeImage(storage, png, "2026/11/abc123");
    expect(stored.variants.map((v) => [v.width, v.height])).toEqual([
      [480, 240],
      [960, 480],
      [1600, 800],
    ]);
    expect(stored).toMatchObject({ kind: "image", mimeType: "image/webp", width: 1600, height: 800, storageKey: "2026/11/abc123-1600.webp" });
    for (const v of stored.variants) {
      const meta = await sharp(await read(v.key)).metadata();
      expect([meta.format, meta.width]).toEqual(["webp", v.width]);
      expect(v.byteSize).toBe((await read(v.key)).length);
    }
    const small = await storeImage(
      storage,
      await sharp({ create: { width: 700, height: 500, channels: 3, background: "#fff" } })
        .jpeg()
        .toBuffer(),
      "2026/11/small",
    );
    expect(small.variants.map((v) => v.width)).toEqual([480, 700]);
  });

  it("strips EXIF (camera and location data) and applies the orientation first", async () => {
    const jpeg = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#0f8a7e" } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: "Someone", Make: "Camera maker" } } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const stored = await storeImage(storage, jpeg, "2026/11/exif");
    const out = await sharp(await read(stored.storageKey)).metadata();
    expect(out.exif).toBeUndefined();
    expect(out.xmp).toBeUndefined();
    expect([out.width, out.height]).toEqual([400, 600]);
  });

  it("refuses a decompression bomb before decoding it", async () => {
    // A valid PNG header declaring 20000×20000 pixels (400 megapixels) in a few hundred bytes.
    const bomb = pngBomb(20_000, 20_000);
    expect(bomb.length).toBeLessThan(2_000);
    await expect(storeImage(storage, bomb, "2026/11/bomb")).rejects.toMatchObject({ code: "too_large" });
  });

  it("refuses a file that is not what its name says", async () => {
    await expect(storeImage(storage, Buffer.from("not an image"), "2026/11/text")).rejects.toBeInstanceOf(MediaInputError);
    await expect(storeFile(storage, Buffer.from("<html><script>alert(1)</script>"), "charter.pdf", "2026/11/fake")).rejects.toMatchObject({
      code: "unsupported_type",
    });
    const pdf = await storeFile(storage, Buffer.from("%PDF-1.4\n%%EOF\n"), "Устав.pdf", "2026/11/doc");
    expect(pdf).toMatchObject({ kind: "file", storageKey: "2026/11/doc.pdf", mimeType: "application/pdf" });
  });
});

describe("storage keys", () => {
  it("refuses traversal, absolute paths and unknown extensions", async () => {
    for (const key of ["../x", "../x.webp", "a/../../b.webp", "/etc/passwd", "a\\b.webp", ".hidden.webp", "a//b.webp", "a/b.exe", "a/b.webp/"])
      expect(isSafeKey(key), key).toBe(false);
    expect(isSafeKey("2026/11/0af3-960.webp")).toBe(true);
    await expect(storage.put("../x.webp", Buffer.from("x"), "image/webp")).rejects.toBeInstanceOf(UnsafeKeyError);
    expect(await storage.get("../x")).toBeNull();
    expect(await storage.get("2026/11/missing.webp")).toBeNull();
  });
});

describe("demo media seed", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let prisma: ReturnType<typeof createPrisma>;
  let documents: typeof import("../../lib/documents/load");
  let gallery: typeof import("../../lib/gallery/load");
  const mediaDir = path.join(dir, "seed");
  const files = () =>
    fs
      .readdirSync(mediaDir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.includes("."))
      .sort();

  beforeAll(async () => {
    process.env.MEDIA_DIR = mediaDir;
    db = await createTestDatabase();
    prisma = createPrisma(db.url);
    await seedDatabase(db.url, { log: () => {} });
    process.env.DATABASE_URL = db.url;
    [documents, gallery] = await Promise.all([import("../../lib/documents/load"), import("../../lib/gallery/load")]);
  }, 120_000);

  afterAll(async () => {
    await (await import("../../lib/db")).db.$disconnect();
    await prisma.$disconnect();
    await db.drop();
  });

  it("lists the documents of each page with their stored files, in both locales", async () => {
    const ru = await documents.loadDocuments("ru", "/about/documents");
    const en = await documents.loadDocuments("en", "/about/brand-book");
    expect(ru.map((d) => d.id)).toEqual(["charter", "council-regulations", "membership-procedure"]);
    expect(ru[0]).toMatchObject({ title: "Устав ассоциации (демонстрационный документ)", mimeType: "application/pdf", fileName: "airr-charter-demo.pdf" });
    expect(en.map((d) => d.mimeType)).toEqual(["image/svg+xml", "image/png", "application/pdf"]);
    for (const d of [...ru, ...en]) expect(fs.statSync(path.join(mediaDir, decodeURIComponent(d.url.replace(/^\/media\//, "")))).size).toBe(d.byteSize);
  });

  it("lists an album only in the languages it is written in, with real variants", async () => {
    const ru = await gallery.loadAlbumList("ru");
    const en = await gallery.loadAlbumList("en");
    expect(ru.map((a) => a.id)).toEqual(["2024-yakutia-strategic-session", "2024-04-perm-visiting-meeting", "2018-innovative-clusters-session-video"]);
    expect(en.map((a) => a.id)).toEqual(["2024-04-perm-visiting-meeting", "2018-innovative-clusters-session-video"]);
    expect(ru[1]).toMatchObject({ photoCount: 5, videoCount: 0 });
    // Six recordings not yet published and the demo clip.
    expect(ru[2]).toMatchObject({ photoCount: 0, videoCount: 7, cover: null });
    const found = await gallery.resolveAlbum("en", "visiting-meeting-in-perm");
    if (found?.type !== "album") throw new Error("album not found");
    expect(found.album.slugs).toEqual({ ru: "vyezdnoe-soveshchanie-v-permi", en: "visiting-meeting-in-perm" });
    expect(found.album.photos[0]!.alt).toBe("Illustration: three overlapping teal circles on a dark blue gradient");
    expect(found.album.photos[0]!.variants.map((v) => v.width)).toEqual([480, 960, 1600]);
    expect(await gallery.resolveAlbum("ru", "visiting-meeting-in-perm")).toEqual({ type: "translated", slug: "vyezdnoe-soveshchanie-v-permi" });
    // In Russian only: the English site shows an honest page that links to it.
    expect(await gallery.resolveAlbum("en", "strategicheskaya-sessiya-v-yakutii")).toMatchObject({ type: "missing", locale: "ru" });
  });

  it("is idempotent: a second run writes no new files and no new rows", async () => {
    const before = { files: files(), media: await prisma.media.count(), items: await prisma.galleryItem.count() };
    await seedDatabase(db.url, { log: () => {} });
    expect({ files: files(), media: await prisma.media.count(), items: await prisma.galleryItem.count() }).toEqual(before);
  });

  it("keeps a picture's texts once an editor has changed them", async () => {
    const media = await prisma.media.findFirstOrThrow({ where: { originalName: "photo-2.jpg", translations: { some: { locale: "en" } } } });
    await prisma.mediaTranslation.update({ where: { mediaId_locale: { mediaId: media.id, locale: "en" } }, data: { alt: "Edited alt" } });
    await prisma.media.update({ where: { id: media.id }, data: { version: { increment: 1 } } });
    const summary = await seedDatabase(db.url, { log: () => {} });
    expect(summary.kept).toContain("media gallery/2024-04-perm-visiting-meeting/photo-2.jpg");
    expect((await prisma.mediaTranslation.findUniqueOrThrow({ where: { mediaId_locale: { mediaId: media.id, locale: "en" } } })).alt).toBe("Edited alt");
  });
});
