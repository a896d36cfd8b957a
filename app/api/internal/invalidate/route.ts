import { refuseUnlessOwnCall } from "@/lib/http/same-origin";
import { expireLocalTags } from "@/lib/publishing/invalidate";
import { invalidateRequestSchema } from "@/lib/zod/cache-notice";

export const dynamic = "force-dynamic";

// Called by this server's cache listener (lib/publishing/cache-listener.ts) when another
// server announced a change: revalidateTag works only inside a Next.js request. Expires
// locally and announces nothing, or the servers would echo each other's notices forever.
export async function POST(request: Request) {
  const refused = refuseUnlessOwnCall(request);
  if (refused) return refused;
  const body = invalidateRequestSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return new Response(null, { status: 400 });
  expireLocalTags(body.data.tags, { settle: !body.data.final });
  console.info(`cache: expired ${body.data.tags.length} tag(s) (${body.data.final ? "settling" : "notice"})`);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
