import fs from "node:fs";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { recreditOriginal } from "../../lib/media/original";
import { storeImage } from "../../lib/media/pipeline";
import { LocalMediaStorage } from "../../lib/media/storage-backends";
import { ownMediaDir } from "../support/media-dir";

const dir = ownMediaDir("airr-originals-");
const storage = new LocalMediaStorage(dir);
const read = (key: string) => fs.promises.readFile(path.join(dir, key));

const camera = () =>
  sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#1d5aa6" } })
    .jpeg()
    .withMetadata({
      orientation: 6,
      exif: { IFD0: { Make: "Camera maker", Copyright: "Someone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "55/1 45/1 0/1" } },
    })
    .toBuffer();

describe("originals for journalists", () => {
  it("keeps the full-size image upright, without camera data, with its credit and terms in XMP", async () => {
    const stored = await storeImage(storage, await camera(), "2026/12/photo", { ru: "Фото: Пресс-служба АИРР", en: "Photo: AIRR press office" });
    expect(stored.original).toMatchObject({ mimeType: "image/jpeg", width: 1600, height: 2400 });
    expect(stored.original!.key).toMatch(/^2026\/12\/photo-original-[0-9a-f]{10}\.jpg$/);
    const bytes = await read(stored.original!.key);
    expect(stored.original!.byteSize).toBe(bytes.length);
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["jpeg", 1600, 2400, undefined]);
    const xmp = meta.xmp!.toString("utf8");
    expect(xmp).toContain("<photoshop:Credit>Фото: Пресс-служба АИРР</photoshop:Credit>");
    expect(xmp).toContain('<rdf:li xml:lang="en">Photo: AIRR press office</rdf:li>');
    expect(xmp).toContain("Можно публиковать с указанием источника.");
    expect(bytes.includes(Buffer.from("Camera maker"))).toBe(false);
  });

  it("keeps transparency as PNG, and writes a new file when the credit changes", async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const stored = await storeImage(storage, png, "2026/12/logo");
    expect(stored.original).toMatchObject({ mimeType: "image/png", width: 300, height: 200 });
    expect((await sharp(await read(stored.original!.key)).metadata()).xmp!.toString()).not.toContain("photoshop:Credit");
    const next = (await recreditOriginal(storage, stored.original!, { ru: "Фото: <Иванов & сын>", en: "" }))!;
    expect(next.key).not.toBe(stored.original!.key);
    expect(fs.existsSync(path.join(dir, stored.original!.key))).toBe(false);
    expect((await sharp(await read(next.key)).metadata()).xmp!.toString()).toContain("Фото: &#60;Иванов &#38; сын&#62;");
  });

  it("streams the originals and a list of credits as one zip, a few archives at a time", async () => {
    const { zipResponse } = await import("../../lib/media/zip");
    const a = await storeImage(storage, await camera(), "2026/12/a");
    const b = await storeImage(storage, await camera(), "2026/12/b");
    const files = [
      { name: "forum-01.jpg", key: a.original!.key },
      { name: "forum-02.jpg", key: b.original!.key },
      { name: "источники.txt", text: "forum-01.jpg: Форум. Источник: АИРР" },
    ];
    const response = zipResponse("forum-photos.zip", files, "busy");
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toContain("forum-photos.zip");
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(entries)).toEqual(["forum-01.jpg", "forum-02.jpg", "источники.txt"]);
    expect(Buffer.from(entries["forum-02.jpg"]!).equals(await read(b.original!.key))).toBe(true);
    expect(strFromU8(entries["источники.txt"]!)).toBe("forum-01.jpg: Форум. Источник: АИРР");

    const open = Array.from({ length: 4 }, () => zipResponse("x.zip", files, "busy"));
    const refused = zipResponse("x.zip", files, "Сейчас отправляется слишком много архивов.");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("10");
    expect(await refused.text()).toBe("Сейчас отправляется слишком много архивов.");
    await Promise.all(open.map((r) => r.body!.cancel()));
    expect(zipResponse("x.zip", files, "busy").status).toBe(200);
  });
});
