import { refuseCrossSite } from "@/lib/http/same-origin";
import { publishDue } from "@/lib/publishing/scheduler";
import { expireTags } from "@/lib/publishing/invalidate";
import { hasSchedulerToken } from "@/lib/publishing/scheduler-token";

export const dynamic = "force-dynamic";

// Called by this server's own scheduler (instrumentation.ts) with a per-process token, so
// the publication and the cache invalidation happen inside a Next.js request.
// The scheduler's fetch sends no Origin; the token, not a cookie, is what authorizes it.
export async function POST(request: Request) {
  const refused = refuseCrossSite(request, { allowMissingOrigin: true });
  if (refused) return refused;
  if (!hasSchedulerToken(request)) return new Response(null, { status: 404 });
  const result = await publishDue();
  // The other servers were told by the publishing transaction itself (broadcast.ts).
  expireTags(result.tags);
  // The only line the scheduler writes: its calls themselves are not logged.
  if (result.published) console.info(`published ${result.published} scheduled text(s)`);
  if (result.refused) console.warn(`${result.refused} scheduled text(s) were incomplete when due and went back to draft`);
  return Response.json({ published: result.published });
}
