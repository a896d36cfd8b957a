// Response headers for a stored object. Keys are unique per content, so a response never
// changes: browsers and proxies may keep it for a year. Only raster images and videos are
// shown inline; documents and anything else (an SVG can carry script) are downloads,
// sandboxed in case one is opened anyway.

const INLINE_TYPES = new Set(["image/webp", "image/jpeg", "image/png", "image/gif", "image/avif", "video/mp4", "video/webm"]);

export function contentDisposition(name: string): string {
  const safe = name.replace(/[\u0000-\u001f\u007f"\\/]/g, "_").slice(0, 150) || "download";
  const ascii = safe.replace(/[^\x20-\x7e]/g, "_");
  // RFC 5987: encodeURIComponent leaves ' ( ) * ! as they are, but ' delimits the charset.
  const encoded = encodeURIComponent(safe).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

// Same type, other spelling: kept as the uploader wrote it.
const SAME_TYPE: Record<string, string> = { jpeg: "jpg", tif: "tiff" };
const extOf = (name: string) => {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  return SAME_TYPE[ext] ?? ext;
};

// The name a download is offered under: the uploader's, with the extension of the type found
// in the bytes (the storage key's), so a PDF uploaded as "x.html" is saved as "x.pdf" and never
// opened by a browser or a desktop as a web page.
export function downloadName(originalName: string, key: string): string {
  const keyName = key.split("/").pop() ?? "download";
  const ext = extOf(keyName);
  if (!originalName) return keyName;
  if (!ext || extOf(originalName) === ext) return originalName;
  const stem = originalName.replace(/\.[a-z0-9]{1,8}$/i, "") || "download";
  return `${stem}.${ext}`;
}

type ObjectInfo = { kind: "image" | "video" | "file"; originalName: string } | null;

export function mediaHeaders(key: string, object: { contentType: string; size: number }, info: ObjectInfo): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Type": object.contentType,
    "Content-Length": String(object.size),
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
    "Accept-Ranges": "bytes",
  };
  if (info?.kind === "file" || !INLINE_TYPES.has(object.contentType)) {
    headers["Content-Disposition"] = contentDisposition(downloadName(info?.originalName ?? "", key));
    headers["Content-Security-Policy"] = "default-src 'none'; sandbox";
  }
  return headers;
}
