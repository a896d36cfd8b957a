// Response headers for a stored object. Keys are unique per content, so a response never
// changes: browsers and proxies may keep it for a year. Only raster images are shown
// inline; documents and anything else (an SVG can carry script) are downloads, sandboxed
// in case one is opened anyway.

const INLINE_TYPES = new Set(["image/webp", "image/jpeg", "image/png", "image/gif", "image/avif"]);

export function contentDisposition(name: string): string {
  const safe = name.replace(/[\u0000-\u001f\u007f"\\/]/g, "_").slice(0, 150) || "download";
  const ascii = safe.replace(/[^\x20-\x7e]/g, "_");
  // RFC 5987: encodeURIComponent leaves ' ( ) * ! as they are, but ' delimits the charset.
  const encoded = encodeURIComponent(safe).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

type ObjectInfo = { kind: "image" | "video" | "file"; originalName: string } | null;

export function mediaHeaders(key: string, object: { contentType: string; size: number }, info: ObjectInfo): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Type": object.contentType,
    "Content-Length": String(object.size),
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
  };
  if (info?.kind === "file" || !INLINE_TYPES.has(object.contentType)) {
    headers["Content-Disposition"] = contentDisposition(info?.originalName || key.split("/").pop()!);
    headers["Content-Security-Policy"] = "default-src 'none'; sandbox";
  }
  return headers;
}
