import { timingSafeEqual } from "node:crypto";
import { refuseCrossSite } from "@/lib/http/same-origin";
import { publishDue } from "@/lib/publishing/scheduler";
import { expireTags } from "@/lib/publishing/invalidate";
import { schedulerToken } from "@/lib/publishing/scheduler-token";

export const dynamic = "force-dynamic";

// Called by this server's own scheduler (instrumentation.ts) with a per-process token, so
// the publication and the cache invalidation happen inside a Next.js request.
// The scheduler's fetch sends no Origin; the token, not a cookie, is what authorizes it.
export async function POST(request: Request) {
  const refused = refuseCrossSite(request, { allowMissingOrigin: true });
  if (refused) return refused;
  const given = Buffer.from(request.headers.get("x-scheduler-token") ?? "");
  const expected = Buffer.from(schedulerToken());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return new Response(null, { status: 404 });
  const result = await publishDue();
  expireTags(result.tags);
  return Response.json({ published: result.published });
}
