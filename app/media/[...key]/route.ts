import { mediaHeaders } from "@/lib/media/headers";
import { isSafeKey } from "@/lib/media/keys";
import { getMediaObjectInfo } from "@/lib/media/queries";
import { mediaStorage } from "@/lib/media/storage";
import { decodeSegment } from "@/lib/url";

// Streams a stored object; never a path outside the storage folder (isSafeKey, and the
// storage checks again). Caching and download rules are in lib/media/headers.ts.
type Props = { params: Promise<{ key: string[] }> };

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

export async function GET(_request: Request, { params }: Props) {
  const parts = (await params).key.map(decodeSegment);
  const key = parts.includes(null) ? null : parts.join("/");
  if (!key || !isSafeKey(key)) return notFound();
  const storage = mediaStorage();
  // The database is asked only about objects that exist, so random keys cannot fill its cache.
  const info = (await storage.head(key)) && (await getMediaObjectInfo(key));
  const object = await storage.get(key);
  if (!object) return notFound();
  return new Response(object.body as BodyInit, { headers: mediaHeaders(key, object, info) });
}
