import "server-only";
import { advanceMessage, verifyJournalistMessage } from "@/lib/alerts/messages";
import { db } from "@/lib/db";
import { sendMailOnce } from "@/lib/mail/transport";
import { richTextToPlain, type RichText } from "@/lib/rich-text/schema";
import type { MailJob } from "@/lib/zod/alerts";

type PressJob = Extract<MailJob, { kind: "verifyJournalist" | "advance" }>;

// The press list's messages: the confirmation of a new address, and advance copies, each sent at
// most once per journalist and version of the text. An advance copy goes out only while the
// embargo still holds: once the text is public it is news, not an advance copy.
export async function runPressListJob(job: PressJob) {
  const j = await db.journalist.findUnique({ where: { id: job.journalistId } });
  if (!j) return { skipped: "gone" };
  if (job.kind === "verifyJournalist")
    return j.verifiedAt ? { skipped: "notPending" } : sendMailOnce(`verify:${j.id}`, "verify", await verifyJournalistMessage(j));
  if (!j.verifiedAt) return { skipped: "notActive" };
  const t = await db.articleTranslation.findUnique({ where: { id: job.translationId } });
  if (!t?.embargoUntil || t.embargoUntil <= new Date() || t.status !== "scheduled") return { skipped: "embargoOver" };
  // Each block of the text its own paragraph in the message (headings, paragraphs, lists).
  const body = ((t.body as RichText).content ?? [])
    .map((block) => richTextToPlain(block).trim())
    .filter(Boolean)
    .join("\n\n");
  const mail = await advanceMessage(j, { ...t, body, embargoUntil: t.embargoUntil });
  return sendMailOnce(`advance:${j.id}:${t.id}:${job.version}`, "advance", mail);
}
