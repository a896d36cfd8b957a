import { describe, expect, it } from "vitest";
import { fileTypeLabel, formatFileSize } from "../../lib/media/format";
import { contentDisposition, downloadName, mediaHeaders } from "../../lib/media/headers";
import { imageAttributes, imageVariants, mediaUrl, parseVariants, pickVariant, srcSet, variantWidths, type MediaVariant } from "../../lib/media/variants";

const v = (width: number): MediaVariant => ({
  width,
  height: Math.round((width * 2) / 3),
  key: `2026/11/abc-${width}.webp`,
  mimeType: "image/webp",
  byteSize: width * 10,
});
const variants = [v(480), v(960), v(1600)];

describe("responsive variants", () => {
  it("never upscales, and keeps a narrow image's own width as the largest variant", () => {
    expect(variantWidths(4000)).toEqual([480, 960, 1600]);
    expect(variantWidths(1600)).toEqual([480, 960, 1600]);
    expect(variantWidths(1200)).toEqual([480, 960, 1200]);
    expect(variantWidths(300)).toEqual([300]);
  });

  it("builds srcset from every variant, widest last", () => {
    expect(srcSet(variants)).toBe("/media/2026/11/abc-480.webp 480w, /media/2026/11/abc-960.webp 960w, /media/2026/11/abc-1600.webp 1600w");
  });

  it("picks the narrowest variant at least as wide as asked, else the widest", () => {
    expect(pickVariant(variants, 500)?.width).toBe(960);
    expect(pickVariant(variants, 100)?.width).toBe(480);
    expect(pickVariant(variants, 3000)?.width).toBe(1600);
    expect(pickVariant([], 500)).toBeUndefined();
  });

  it("gives <img> attributes with the fallback's own width and height", () => {
    expect(imageAttributes([v(1600), v(480)], "100vw", 960)).toEqual({
      src: "/media/2026/11/abc-1600.webp",
      srcSet: "/media/2026/11/abc-480.webp 480w, /media/2026/11/abc-1600.webp 1600w",
      sizes: "100vw",
      width: 1600,
      height: 1067,
    });
    expect(imageAttributes([], "100vw")).toBeNull();
  });

  it("reads variants from JSON, dropping malformed entries, and falls back to the stored object", () => {
    expect(parseVariants([v(960), { width: "x" }, null, v(480)]).map((x) => x.width)).toEqual([480, 960]);
    expect(parseVariants("nope")).toEqual([]);
    expect(imageVariants({ storageKey: "a/b.webp", mimeType: "image/webp", width: 800, height: 600, byteSize: 5, variants: [] })).toEqual([
      { key: "a/b.webp", width: 800, height: 600, mimeType: "image/webp", byteSize: 5 },
    ]);
  });

  it("encodes each key segment of a media URL", () => {
    expect(mediaUrl("2026/11/a b.pdf")).toBe("/media/2026/11/a%20b.pdf");
  });
});

describe("file descriptions", () => {
  it("formats sizes in the locale's units and decimal separator", () => {
    expect(formatFileSize(1_234_567, "ru")).toBe("1,2 МБ");
    expect(formatFileSize(1_234_567, "en")).toBe("1.2 MB");
    expect(formatFileSize(13_689, "ru")).toBe("14 кБ");
    expect(formatFileSize(13_689, "en")).toBe("14 kB");
    expect(formatFileSize(621, "en")).toBe("621 bytes");
    expect(formatFileSize(621, "ru")).toBe("621 байт");
  });

  it("names the file type", () => {
    expect(["application/pdf", "image/svg+xml", "image/png", "application/x-unknown"].map(fileTypeLabel)).toEqual(["PDF", "SVG", "PNG", "X-UNKNOWN"]);
  });
});

describe("media response headers", () => {
  it("caches for a year and shows raster images inline", () => {
    const h = mediaHeaders("2026/11/a-960.webp", { contentType: "image/webp", size: 10 }, { kind: "image", originalName: "" });
    expect(h).toEqual({
      "Content-Type": "image/webp",
      "Content-Length": "10",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Accept-Ranges": "bytes",
    });
  });

  it("makes documents and SVG downloads under their original name, sandboxed", () => {
    const png = mediaHeaders("demo/x.png", { contentType: "image/png", size: 10 }, { kind: "file", originalName: "Логотип АИРР.png" });
    expect(png["Content-Disposition"]).toBe(`attachment; filename="_______ ____.png"; filename*=UTF-8''${encodeURIComponent("Логотип АИРР.png")}`);
    const svg = mediaHeaders("demo/y.svg", { contentType: "image/svg+xml", size: 10 }, null);
    expect(svg["Content-Disposition"]).toBe(`attachment; filename="y.svg"; filename*=UTF-8''y.svg`);
    expect(svg["Content-Security-Policy"]).toContain("sandbox");
  });

  it("names a download with the extension of the type found in its bytes", () => {
    const pdf = (name: string) =>
      mediaHeaders("2026/11/abc.pdf", { contentType: "application/pdf", size: 10 }, { kind: "file", originalName: name })["Content-Disposition"];
    expect(pdf("report.html")).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(pdf("Отчёт.PDF")).toContain(`filename*=UTF-8''${encodeURIComponent("Отчёт.PDF")}`);
    expect(pdf("no extension")).toContain(`filename="no extension.pdf"`);
    expect(pdf("")).toContain(`filename="abc.pdf"`);
    expect(downloadName("photo.jpeg", "2026/11/abc.jpg")).toBe("photo.jpeg");
    expect(downloadName(".html", "2026/11/abc.docx")).toBe("download.docx");
  });

  it("keeps quotes, slashes and control characters out of the file name", () => {
    expect(contentDisposition("it's (1).pdf")).toBe(`attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`);
    expect(contentDisposition('a"b/c\\d\r\ne.pdf')).toBe(`attachment; filename="a_b_c_d__e.pdf"; filename*=UTF-8''a_b_c_d__e.pdf`);
  });
});
