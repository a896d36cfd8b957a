import "server-only";
import { db } from "@/lib/db";
import { mailConfigured, mailFrom } from "@/lib/mail/transport";
import { indexNowEndpoint } from "@/lib/outreach/indexnow";
import { telegramConfig } from "@/lib/outreach/telegram-api";
import { QUEUE_NAMES } from "@/server/jobs/queues.mjs";
import type { JobListQuery } from "@/lib/zod/job";

export const jobsPerPage = 50;

export type JobRow = {
  id: string;
  queue: string;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  createdOn: Date;
  completedOn: Date | null;
  retryCount: number;
  retryLimit: number;
  // The text the job is about, in its language; null for jobs about no one text.
  subject: { title: string; locale: string; articleId: string } | null;
  // The failure's message, or what a finished job reports (pg-boss's output column).
  output: Record<string, unknown> | null;
};

type Raw = { id: string; name: string; state: JobRow["state"]; created_on: Date; completed_on: Date | null; retry_count: number; retry_limit: number };

// Finished jobs stay in pg-boss's table for a week (server/jobs/queues.mjs), failed ones until
// retried or deleted after a month: the back office lists what is there, newest first.
export async function listJobs(query: JobListQuery) {
  const failedOnly = query.state === "failed";
  const where = `name = ANY($1::text[])${failedOnly ? ` AND state = 'failed'` : ""}`;
  const [{ count } = { count: 0 }] = await db.$queryRawUnsafe<{ count: number }[]>(`SELECT count(*)::int AS count FROM pgboss.job WHERE ${where}`, QUEUE_NAMES);
  const pageCount = Math.max(1, Math.ceil(count / jobsPerPage));
  const page = Math.min(query.page, pageCount);
  const rows = await db.$queryRawUnsafe<(Raw & { data: { translationId?: string }; output: Record<string, unknown> | null })[]>(
    `SELECT id::text, name, state::text AS state, created_on, completed_on, retry_count, retry_limit, data, output
     FROM pgboss.job WHERE ${where} ORDER BY created_on DESC, id LIMIT ${jobsPerPage} OFFSET ${(page - 1) * jobsPerPage}`,
    QUEUE_NAMES,
  );
  const ids = [...new Set(rows.flatMap((r) => (r.data?.translationId ? [r.data.translationId] : [])))];
  const texts = await db.articleTranslation.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, locale: true, articleId: true } });
  const byId = new Map(texts.map((t) => [t.id, t]));
  const items: JobRow[] = rows.map((r) => {
    const text = r.data?.translationId ? byId.get(r.data.translationId) : undefined;
    return {
      id: r.id,
      queue: r.name,
      state: r.state,
      createdOn: r.created_on,
      completedOn: r.completed_on,
      retryCount: r.retry_count,
      retryLimit: r.retry_limit,
      subject: text ? { title: text.title, locale: text.locale, articleId: text.articleId } : null,
      output: r.output,
    };
  });
  return { items, total: count, page, pageCount };
}

// Which outside channels this site sends to, for the queue page's summary.
export async function outreachChannels() {
  const subscribers = await db.subscriber.count({ where: { status: "active" } });
  return {
    mail: mailConfigured() ? { from: mailFrom(), subscribers } : null,
    indexNow: indexNowEndpoint(),
    telegram: { ru: telegramConfig("ru")?.chatId ?? null, en: telegramConfig("en")?.chatId ?? null },
  };
}
