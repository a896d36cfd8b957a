import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { articleAddress } from "@/lib/feeds/respond";
import { enqueue } from "@/lib/jobs/enqueue";
import { mailConfigured } from "@/lib/mail/transport";
import type { MailJob } from "@/lib/zod/alerts";
import type { PublicationJob } from "@/lib/zod/job";
import { indexNowEndpoint, queueIndexNow } from "./indexnow";
import { telegramConfig } from "./telegram-api";

// Called inside the transaction of every change readers can notice (a text published,
// corrected, withdrawn or unpublished; a published text moved to a new address): the job is
// committed with the change or not at all. `previousUrl`: the address the text had before.
export async function announcePublicChange(tx: Prisma.TransactionClient, translationId: string, event: PublicationJob["event"], previousUrl?: string) {
  await enqueue(tx, "publication", { translationId, event, ...(previousUrl && { previousUrl }) } satisfies PublicationJob);
}

// The "publication" job: sends the change on to each outside channel that is configured, each
// on its own queue so that one failing never holds up the others.
export async function fanOutPublication(job: PublicationJob) {
  const t = await db.articleTranslation.findUnique({ where: { id: job.translationId }, select: { locale: true, slug: true } });
  if (!t) return { skipped: "gone" };
  const urls = [articleAddress(t.locale, t.slug), ...(job.previousUrl ? [job.previousUrl] : [])];
  const channels: string[] = [];
  await db.$transaction(async (tx) => {
    if (indexNowEndpoint()) {
      await queueIndexNow(tx, urls);
      channels.push("indexnow");
    }
    if (telegramConfig(t.locale)) {
      await enqueue(tx, "telegram", { translationId: job.translationId });
      channels.push("telegram");
    }
    // Alerts only for a text that has just gone public, never for a correction.
    if (job.event === "published" && mailConfigured()) {
      await enqueue(tx, "mail", { kind: "alerts", translationId: job.translationId } satisfies MailJob);
      channels.push("mail");
    }
  });
  return { urls, channels };
}
