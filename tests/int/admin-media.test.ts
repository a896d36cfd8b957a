import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { LocalMediaStorage } from "../../lib/media/storage-backends";
import { parseVariants } from "../../lib/media/variants";
import { legacyOfficeBytes, mp4Bytes, pngBomb, webmBytes } from "../support/media-fixtures";
import { listFiles, ownMediaDir } from "../support/media-dir";
import { withTestDatabase } from "../support/test-db";

const mediaDir = ownMediaDir("airr-admin-media-");
const db = withTestDatabase(async () => ({
  m: await import("../../lib/media/mutations"),
  q: await import("../../lib/media/admin-queries"),
  upload: await import("../../lib/media/upload"),
}));

let editor: { id: string; name: string };
let author: { id: string; name: string };

const texts = { ru: { alt: "Рассвет над заводом", caption: "Подпись", credit: "" }, en: { alt: "Dawn over the plant", caption: "Caption", credit: "" } };
// What the upload route hands on: the name the browser gave and the bytes; the type the
// browser declared goes along and is never read.
const asFile = (bytes: Buffer, name: string, declaredType = "image/jpeg") => ({ name, bytes, declaredType });
const snapshot = async () => ({
  media: await db.prisma.media.count(),
  translations: await db.prisma.mediaTranslation.count(),
  audit: await db.prisma.auditLog.count(),
  files: listFiles(mediaDir).sort(),
});
const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#1d5aa6" } });

beforeAll(async () => {
  editor = await db.prisma.user.create({ data: { name: "Ada Editor", email: "ada@example.org", role: "editor" } });
  author = await db.prisma.user.create({ data: { name: "Boris Author", email: "boris@example.org", role: "author" } });
});

async function uploaded(bytes: Buffer, name: string, type?: string) {
  const result = await db.lib.m.createMediaFromUpload(editor.id, asFile(bytes, name, type), texts);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return db.prisma.media.findUniqueOrThrow({ where: { id: result.id as string }, include: { translations: true } });
}

describe("accepted uploads", () => {
  it("re-encodes a JPEG into WebP variants without its EXIF and GPS data", async () => {
    const jpeg = await photo(2000, 1200)
      .jpeg()
      .withExif({
        IFD0: { Make: "SecretCam", Model: "X100" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "55/1 45/1 21/1", GPSLongitudeRef: "E", GPSLongitude: "37/1 37/1 3/1" },
      })
      .toBuffer();
    const source = await sharp(jpeg).metadata();
    expect(source.exif?.toString("latin1")).toContain("SecretCam");
    // Declared as a PDF: the declared type is ignored, the bytes decide.
    const row = await uploaded(jpeg, "IMG_0001.jpg", "application/pdf");
    expect(row).toMatchObject({ kind: "image", mimeType: "image/webp", width: 1600, height: 960, originalName: "IMG_0001.jpg", createdById: editor.id });
    expect(row.translations.map((t) => [t.locale, t.alt]).sort()).toEqual([
      ["en", texts.en.alt],
      ["ru", texts.ru.alt],
    ]);
    const variants = parseVariants(row.variants);
    expect(variants.map((v) => v.width)).toEqual([480, 960, 1600]);
    for (const v of variants) {
      const bytes = fs.readFileSync(path.join(mediaDir, v.key));
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.exif, meta.xmp]).toEqual(["webp", v.width, undefined, undefined]);
      expect(bytes.toString("latin1")).not.toContain("SecretCam");
    }
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityType: "media", entityId: row.id } });
    expect([audit.action, audit.actorId]).toEqual(["media.upload", editor.id]);
    expect(await db.prisma.revision.count({ where: { entityType: "media", entityId: row.id, version: 1 } })).toBe(1);
  });

  it("accepts a PNG, a PDF and an old .doc, documents stored byte for byte with their detected type", async () => {
    const png = await uploaded(await photo(300, 200).png().toBuffer(), "chart.png", "text/plain");
    expect([png.kind, png.width]).toEqual(["image", 300]);
    const pdfBytes = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const pdf = await uploaded(pdfBytes, "Устав.pdf", "image/png");
    expect(pdf).toMatchObject({ kind: "file", mimeType: "application/pdf", byteSize: pdfBytes.length, originalName: "Устав.pdf" });
    expect(pdf.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{24}\.pdf$/);
    expect(fs.readFileSync(path.join(mediaDir, pdf.storageKey!))).toEqual(pdfBytes);
    const legacy = await uploaded(legacyOfficeBytes(), "Отчёт.DOC", "application/octet-stream");
    expect([legacy.kind, legacy.mimeType, legacy.storageKey?.endsWith(".doc")]).toEqual(["file", "application/msword", true]);
  });

  it("takes H.264 MP4 and WebM videos by their bytes, stored as they are, and refuses other codecs", async () => {
    for (const [bytes, name, mimeType] of [
      [mp4Bytes("avc1"), "clip.mov", "video/mp4"],
      [webmBytes(), "clip.bin", "video/webm"],
    ] as const) {
      const row = await uploaded(bytes, name, "application/octet-stream");
      expect(row).toMatchObject({ kind: "video", mimeType, byteSize: bytes.length, original: null });
      expect(fs.readFileSync(path.join(mediaDir, row.storageKey!)).equals(bytes)).toBe(true);
    }
    const before = await snapshot();
    const hevc = await db.lib.m.createMediaFromUpload(editor.id, asFile(mp4Bytes("hvc1"), "clip.mp4", "video/mp4"), texts);
    expect(hevc.fieldErrors?.file).toEqual(["upload.videoCodec"]);
    expect(await snapshot()).toEqual(before);
  });

  it("adds a Rutube, VK Video or YouTube video by its address, and refuses any other", async () => {
    const { videoLinkSchema } = await import("../../lib/zod/media");
    const input = videoLinkSchema.parse({ url: " https://rutube.ru/video/0123456789abcdef0123456789abcdef/ ", titleRu: "Форум", titleEn: "Forum" });
    const added = await db.lib.m.createVideoLink(editor.id, input);
    const row = await db.prisma.media.findUniqueOrThrow({ where: { id: added.id as string }, include: { translations: true } });
    expect(row).toMatchObject({ kind: "video", storageKey: null, externalUrl: "https://rutube.ru/video/0123456789abcdef0123456789abcdef/" });
    expect(row.translations.map((t) => [t.locale, t.caption]).sort()).toEqual([
      ["en", "Forum"],
      ["ru", "Форум"],
    ]);
    expect((await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: row.id } })).action).toBe("media.link");
    const refused = videoLinkSchema.safeParse({ url: "https://evil.example/watch?v=dQw4w9WgXcQ", titleRu: "", titleEn: "" });
    expect(refused.error?.issues.map((i) => i.message)).toEqual(["video.host"]);
  });

  it("keeps a path-traversal name only as a harmless originalName", async () => {
    const row = await uploaded(await photo(200, 100).jpeg().toBuffer(), "../../etc/passwd.jpg");
    expect(row.originalName).toBe("passwd.jpg");
    expect(row.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{24}-200\.webp$/);
    expect(listFiles(mediaDir).every((f) => f.startsWith(mediaDir + path.sep) && !f.includes("passwd"))).toBe(true);
    expect(db.lib.upload.safeOriginalName("..\\..\\report\u202Egpj.exe")).toBe("reportgpj.exe");
    expect(db.lib.upload.safeOriginalName(`a\u0000b\nc${"я".repeat(300)}`)).toBe(`abc${"я".repeat(197)}`);
  });
});

describe("refused uploads write nothing", () => {
  it.each([
    [
      "an SVG with a script",
      async () => asFile(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "logo.svg", "image/svg+xml"),
      "upload.type",
    ],
    [
      "an SVG with an XML declaration",
      async () => asFile(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), "logo.png", "image/png"),
      "upload.type",
    ],
    ["HTML renamed .jpg", async () => asFile(Buffer.from("<!doctype html><html><script>alert(document.cookie)</script></html>"), "photo.jpg"), "upload.type"],
    [
      "a PNG header followed by garbage",
      async () =>
        asFile(
          Buffer.concat([(await photo(40, 30).png().toBuffer()).subarray(0, 33), Buffer.from("<script>alert(1)</script>".repeat(40))]),
          "x.png",
          "image/png",
        ),
      "upload.corrupt",
    ],
    ["zero bytes", async () => asFile(Buffer.alloc(0), "empty.jpg"), "upload.empty"],
    [
      "a document over 30 MB",
      async () => asFile(Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(30 * 1024 * 1024)]), "big.pdf", "application/pdf"),
      "upload.tooLarge",
    ],
    [
      "an image over 20 MB",
      async () => asFile(Buffer.concat([await photo(40, 30).png().toBuffer(), Buffer.alloc(21 * 1024 * 1024)]), "big.png", "image/png"),
      "upload.tooLarge",
    ],
    ["a 30000×30000 decompression bomb", async () => asFile(pngBomb(30_000, 30_000), "bomb.png", "image/png"), "upload.dimensions"],
    ["an old Office container not named .doc/.xls/.ppt", async () => asFile(legacyOfficeBytes(), "setup.msi", "application/msword"), "upload.type"],
  ])("%s", async (_label, make, key) => {
    const file = await make();
    const before = await snapshot();
    const result = await db.lib.m.createMediaFromUpload(editor.id, file, texts);
    expect(result.fieldErrors?.file).toEqual([key]);
    expect(await snapshot()).toEqual(before);
  });

  it("removes the variants already stored when a later write fails", async () => {
    const disk = new LocalMediaStorage(mediaDir);
    let puts = 0;
    const flaky = {
      ...disk,
      head: disk.head.bind(disk),
      get: disk.get.bind(disk),
      delete: disk.delete.bind(disk),
      put: async (key: string, bytes: Buffer, type: string) => {
        if (++puts === 2) throw new Error("disk full");
        await disk.put(key, bytes, type);
      },
    };
    const before = await snapshot();
    await expect(db.lib.m.createMediaFromUpload(editor.id, asFile(await photo(2000, 1000).jpeg().toBuffer(), "a.jpg"), texts, flaky)).rejects.toThrow(
      "disk full",
    );
    expect(puts).toBe(2);
    expect(await snapshot()).toEqual(before);
  });

  it("removes the stored files when the database refuses the row", async () => {
    const before = await snapshot();
    await expect(db.lib.m.createMediaFromUpload("no-such-user", asFile(await photo(600, 400).jpeg().toBuffer(), "a.jpg"), texts)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

describe("editing and deleting", () => {
  const input = (id: string, version: number, altRu: string) => ({
    id,
    version,
    altRu,
    altEn: "Alt",
    captionRu: "",
    captionEn: "",
    creditRu: "Фото: пресс-служба",
    creditEn: "Photo: press office",
  });

  it("keeps the original for journalists and writes its file again with a new credit", async () => {
    const row = await uploaded(await photo(2400, 1600).jpeg().toBuffer(), "forum.jpg");
    const before = row.original as { key: string; width: number };
    expect(before).toMatchObject({ mimeType: "image/jpeg", width: 2400, height: 1600 });
    expect(await db.lib.m.updateMediaText(editor.id, input(row.id, 1, "Форум"))).toMatchObject({ ok: true });
    const after = (await db.prisma.media.findUniqueOrThrow({ where: { id: row.id } })).original as { key: string };
    expect(after.key).not.toBe(before.key);
    expect(fs.existsSync(path.join(mediaDir, before.key))).toBe(false);
    expect((await sharp(fs.readFileSync(path.join(mediaDir, after.key))).metadata()).xmp!.toString()).toContain(
      "<photoshop:Credit>Фото: пресс-служба</photoshop:Credit>",
    );
    // The same credit again: the file stays as it is.
    expect(await db.lib.m.updateMediaText(editor.id, input(row.id, 2, "Форум, второй день"))).toMatchObject({ ok: true });
    expect(((await db.prisma.media.findUniqueOrThrow({ where: { id: row.id } })).original as { key: string }).key).toBe(after.key);
  });

  it("gives a video a poster from the library, which then cannot be deleted from under it", async () => {
    const video = await uploaded(webmBytes(), "clip.webm");
    const image = await uploaded(await photo(800, 450).jpeg().toBuffer(), "poster.jpg");
    const other = await uploaded(mp4Bytes("avc1"), "other.mp4");
    const refused = await db.lib.m.updateMediaText(editor.id, { ...input(video.id, 1, "Ролик"), posterId: other.id });
    expect(refused.fieldErrors?.posterId).toEqual(["invalid"]);
    expect(await db.lib.m.updateMediaText(editor.id, { ...input(video.id, 1, "Ролик"), posterId: image.id })).toMatchObject({ ok: true, version: 2 });
    expect((await db.prisma.media.findUniqueOrThrow({ where: { id: video.id } })).posterId).toBe(image.id);
    expect((await db.lib.m.deleteMedia(editor.id, { id: image.id })).error).toBe("media.inUse.videoPoster");
    expect(await db.lib.m.updateMediaText(editor.id, { ...input(video.id, 2, "Ролик"), posterId: null })).toMatchObject({ ok: true });
    expect((await db.prisma.media.findUniqueOrThrow({ where: { id: video.id } })).posterId).toBeNull();
  });

  it("keeps WebVTT captions per language for a video file, replacing and removing their files", async () => {
    const { setVideoCaptions } = await import("../../lib/media/caption-mutations");
    const { toVideoData } = await import("../../lib/media/video");
    const video = await uploaded(webmBytes(), "talk.webm");
    const vtt = (text: string) => Buffer.from(`WEBVTT\n\n00:00.000 --> 00:02.000\n${text}\n`);
    const before = await snapshot();
    expect((await setVideoCaptions(editor.id, { id: video.id, locale: "ru", file: Buffer.from("<script>alert(1)</script>") })).fieldErrors?.file).toEqual([
      "captions.format",
    ]);
    expect(await snapshot()).toEqual(before);
    expect(await setVideoCaptions(editor.id, { id: video.id, locale: "ru", file: vtt("Добрый день") })).toMatchObject({ ok: true });
    const first = (await db.prisma.media.findUniqueOrThrow({ where: { id: video.id } })).captions as { ru: string };
    expect(fs.readFileSync(path.join(mediaDir, first.ru), "utf8")).toContain("Добрый день");
    expect(await setVideoCaptions(editor.id, { id: video.id, locale: "ru", file: vtt("Здравствуйте") })).toMatchObject({ ok: true });
    const row = await db.prisma.media.findUniqueOrThrow({ where: { id: video.id }, include: { translations: { where: { locale: "ru" } } } });
    const second = row.captions as { ru: string };
    expect(fs.existsSync(path.join(mediaDir, first.ru))).toBe(false);
    expect(toVideoData(row)).toMatchObject({ kind: "file", captions: [{ locale: "ru", url: `/media/${second.ru}` }] });
    expect(await setVideoCaptions(editor.id, { id: video.id, locale: "ru", file: null })).toMatchObject({ ok: true });
    expect(fs.existsSync(path.join(mediaDir, second.ru))).toBe(false);
    expect((await db.prisma.media.findUniqueOrThrow({ where: { id: video.id } })).captions).toEqual({});

    const { videoLinkSchema } = await import("../../lib/zod/media");
    const link = await db.lib.m.createVideoLink(editor.id, videoLinkSchema.parse({ url: "https://youtu.be/dQw4w9WgXcQ", titleRu: "", titleEn: "" }));
    expect((await setVideoCaptions(editor.id, { id: link.id as string, locale: "en", file: vtt("Hello") })).fieldErrors?.file).toEqual(["captions.noFile"]);
  });

  it("refuses a save from a stale version and names who saved last", async () => {
    const row = await uploaded(await photo(500, 300).jpeg().toBuffer(), "stale.jpg");
    const first = await db.lib.m.updateMediaText(author.id, input(row.id, 1, "Первая правка"));
    expect(first).toMatchObject({ ok: true, version: 2 });
    const stale = await db.lib.m.updateMediaText(editor.id, input(row.id, 1, "Поздняя правка"));
    expect(stale.error).toBe("conflict");
    expect(stale.errorValues?.name).toBe("Boris Author");
    const saved = await db.prisma.mediaTranslation.findUniqueOrThrow({ where: { mediaId_locale: { mediaId: row.id, locale: "ru" } } });
    expect([saved.alt, saved.credit]).toEqual(["Первая правка", "Фото: пресс-служба"]);
    expect((await db.prisma.media.findUniqueOrThrow({ where: { id: row.id } })).version).toBe(2);
    expect(await db.prisma.revision.count({ where: { entityType: "media", entityId: row.id, version: 2 } })).toBe(1);
  });

  it("refuses to delete a media item used as a cover or inside a body, and deletes it once unused", async () => {
    const cover = await uploaded(await photo(500, 300).jpeg().toBuffer(), "cover.jpg");
    const article = await db.prisma.article.create({
      data: { coverId: cover.id, translations: { create: { locale: "ru", slug: "s", title: "Новость с обложкой", body: { type: "doc", content: [] } } } },
    });
    const refused = await db.lib.m.deleteMedia(editor.id, { id: cover.id });
    expect(refused).toMatchObject({ error: "media.inUse.articleCover", errorValues: { title: "Новость с обложкой" } });

    const inline = await uploaded(await photo(500, 300).jpeg().toBuffer(), "inline.jpg");
    const body = { type: "doc", content: [{ type: "image", attrs: { mediaId: inline.id } }] };
    const page = await db.prisma.page.create({ data: { path: "about/test", translations: { create: { locale: "en", title: "About page", body } } } });
    expect(await db.lib.m.deleteMedia(editor.id, { id: inline.id })).toMatchObject({ error: "media.inUse.pageBody", errorValues: { title: "About page" } });
    expect((await db.lib.q.getMediaForEdit(inline.id))?.usages).toEqual([{ type: "pageBody", id: page.id, title: "About page" }]);
    expect(await db.prisma.media.count({ where: { id: { in: [cover.id, inline.id] } } })).toBe(2);
    const keys = parseVariants(cover.variants).map((v) => v.key);
    expect(keys.every((k) => fs.existsSync(path.join(mediaDir, k)))).toBe(true);

    await db.prisma.article.update({ where: { id: article.id }, data: { coverId: null } });
    const deleted = await db.lib.m.deleteMedia(editor.id, { id: cover.id });
    expect(deleted.ok).toBe(true);
    expect(await db.prisma.media.count({ where: { id: cover.id } })).toBe(0);
    expect(keys.some((k) => fs.existsSync(path.join(mediaDir, k)))).toBe(false);
    expect(await db.prisma.auditLog.count({ where: { entityId: cover.id, action: "media.delete" } })).toBe(1);
  });
});

describe("admin lists", () => {
  it("searches by name and alt text, filters missing alt text and gives the picker images only", async () => {
    const bare = await db.lib.m.createMediaFromUpload(editor.id, asFile(await photo(300, 300).png().toBuffer(), "no-alt-here.png"), {
      ru: { alt: "", caption: "", credit: "" },
      en: { alt: "Harbour", caption: "", credit: "" },
    });
    const id = bare.id as string;
    expect((await db.lib.q.listMedia({ page: 1, q: "harbour" })).items.map((i) => i.id)).toEqual([id]);
    expect((await db.lib.q.listMedia({ page: 1, q: "NO-ALT" })).items.map((i) => i.id)).toEqual([id]);
    const missingRu = await db.lib.q.listMedia({ page: 1, missingAlt: "ru" });
    expect(missingRu.items.map((i) => i.id)).toEqual([id]);
    expect((await db.lib.q.listMedia({ page: 1, missingAlt: "en" })).items.map((i) => i.id)).not.toContain(id);
    const picker = await db.lib.q.listPickerImages({ page: 1 });
    expect(picker.items.length).toBeGreaterThan(0);
    expect(await db.prisma.media.count({ where: { id: { in: picker.items.map((i) => i.id) }, kind: { not: "image" } } })).toBe(0);
    expect(await db.lib.q.mediaFieldValue(id)).toEqual({
      id,
      url: expect.stringMatching(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{24}-300\.webp$/),
      alt: { ru: "", en: "Harbour" },
    });
    expect(await db.lib.q.mediaFieldValue(null)).toBeNull();
  });
});
