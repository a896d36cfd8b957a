import { plainNotFound } from "@/lib/http/not-found";
import { indexNowKey } from "@/lib/outreach/indexnow";

// The IndexNow key file, /<key>.txt at the site's root (rewritten here by next.config.ts): a
// search engine fetches it to check that the pings come from the site's owner.
export async function GET(_request: Request, { params }: RouteContext<"/api/indexnow/[file]">) {
  const key = indexNowKey();
  if ((await params).file !== `${key}.txt`) return plainNotFound();
  return new Response(key, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" } });
}
