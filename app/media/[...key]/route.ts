import { mediaHeaders } from "@/lib/media/headers";
import { isSafeKey } from "@/lib/media/keys";
import { getMediaObjectInfo } from "@/lib/media/queries";
import { parseRange } from "@/lib/media/range";
import { mediaStorage } from "@/lib/media/storage";
import { decodeSegment } from "@/lib/url";

// Streams a stored object; never a path outside the storage folder (isSafeKey, and the
// storage checks again). Caching and download rules are in lib/media/headers.ts.
type Props = { params: Promise<{ key: string[] }> };

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

export async function GET(request: Request, { params }: Props) {
  const parts = (await params).key.map(decodeSegment);
  const key = parts.includes(null) ? null : parts.join("/");
  if (!key || !isSafeKey(key)) return notFound();
  const storage = mediaStorage();
  // The database is asked only about objects that exist, so random keys cannot fill its cache.
  const found = await storage.head(key);
  if (!found) return notFound();
  const info = await getMediaObjectInfo(key);
  // A video seeks by asking for the bytes it needs: only those are read and sent.
  const range = parseRange(request.headers.get("range"), found.size);
  if (range === "unsatisfiable") return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${found.size}` } });
  const object = await storage.get(key, range ?? undefined);
  if (!object) return notFound();
  const headers = mediaHeaders(key, object, info);
  if (!range) return new Response(object.body as BodyInit, { headers });
  headers["Content-Length"] = String(range.end - range.start + 1);
  headers["Content-Range"] = `bytes ${range.start}-${range.end}/${object.size}`;
  return new Response(object.body as BodyInit, { status: 206, headers });
}
