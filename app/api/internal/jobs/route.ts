import { refuseUnlessOwnCall } from "@/lib/http/same-origin";
import { jobErrorMessage, runJob } from "@/lib/jobs/run";
import { jobRequestSchema } from "@/lib/zod/job";

export const dynamic = "force-dynamic";

// Called by this server's job worker (lib/jobs/worker.ts) with a per-process token, so that a
// job runs inside a Next.js request, where cache tags can be expired. An error goes back to
// the worker, which hands it to the queue: retried with backoff, and shown in the back office.
export async function POST(request: Request) {
  const refused = refuseUnlessOwnCall(request);
  if (refused) return refused;
  const job = jobRequestSchema.safeParse(await request.json().catch(() => null));
  if (!job.success) return Response.json({ error: "not a job this server knows" }, { status: 400 });
  try {
    return Response.json({ output: await runJob(job.data) });
  } catch (error) {
    console.warn("job failed", { queue: job.data.queue, id: job.data.id, err: error });
    return Response.json({ error: jobErrorMessage(error) }, { status: 500 });
  }
}
