import "server-only";
import { runMailJob } from "@/lib/alerts/dispatch";
import { fanOutPublication } from "@/lib/outreach/announce";
import { flushIndexNow } from "@/lib/outreach/indexnow";
import { reconcileTelegramPost } from "@/lib/outreach/telegram";
import { expireTags } from "@/lib/publishing/invalidate";
import { publishDue } from "@/lib/publishing/scheduler";
import type { JobRequest } from "@/lib/zod/job";

// What each queue's job does; what it returns is kept as the job's output in the back office.
export async function runJob(job: JobRequest): Promise<unknown> {
  switch (job.queue) {
    case "publish-due":
      return publishDueJob();
    case "publication":
      return fanOutPublication(job.data);
    case "indexnow":
      return flushIndexNow();
    case "telegram":
      return reconcileTelegramPost(job.data.translationId);
    case "mail":
      return runMailJob(job.data);
  }
}

async function publishDueJob() {
  const result = await publishDue();
  // The other servers were told by the publishing transaction itself (broadcast.ts).
  expireTags(result.tags);
  if (result.published) console.info(`published ${result.published} scheduled text(s)`);
  if (result.refused) console.warn(`${result.refused} scheduled text(s) were incomplete when due and went back to draft`);
  return { published: result.published, refused: result.refused };
}

// What the back office shows for a failed job: the error and, for a network failure, its cause
// ("fetch failed: ENOTFOUND yandex.com" rather than "fetch failed").
export function jobErrorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; hostname?: string; message?: string } | undefined;
  if (!cause) return error.message;
  const said = [cause.code, cause.hostname].filter(Boolean).join(" ") || cause.message;
  return said ? `${error.message}: ${said}` : error.message;
}
