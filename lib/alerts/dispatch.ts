import "server-only";
import { getTranslations } from "next-intl/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { sendMailOnce } from "@/lib/mail/transport";
import { articleCoverPicture } from "@/lib/outreach/cover";
import type { MailJob } from "@/lib/zod/alerts";
import { runPressListJob } from "@/lib/press/dispatch";
import { SUBSCRIPTION_MAILS_PER_DAY, subscriptionMailsToday } from "./subscriptions";
import { alertMessage, confirmMessage, digestMessage, manageMessage, type AlertArticle } from "./messages";

type Subscriber = Prisma.SubscriberGetPayload<{ include: { regions: { select: { id: true; translations: { select: { locale: true; name: true } } } } } }>;
const withRegions = { regions: { select: { id: true, translations: { select: { locale: true, name: true } } } } } as const;

// What a subscriber asked for, in their language, for the confirmation message.
async function describeChoices(s: Subscriber) {
  const t = await getTranslations({ locale: s.locale, namespace: "Mail.choices" });
  const regions = s.regions.map((r) => r.translations.find((x) => x.locale === s.locale)?.name ?? r.id);
  return [t(`scope.${s.scope}`), regions.length ? t("regions", { regions: regions.join(", ") }) : t("allRegions"), t(`frequency.${s.frequency}`)].join("; ");
}

// The published texts a subscriber's choices cover: their language, press releases only if so
// chosen, their regions if any.
const coveredBy = (s: Subscriber): Prisma.ArticleTranslationWhereInput => ({
  locale: s.locale,
  status: "published",
  article: {
    ...(s.scope === "press" && { kind: "press_release" }),
    ...(s.regions.length && { regions: { some: { id: { in: s.regions.map((r) => r.id) } } } }),
  },
});

async function alertArticle(translationId: string): Promise<(AlertArticle & { id: string }) | null> {
  const t = await db.articleTranslation.findUnique({
    where: { id: translationId },
    select: { id: true, title: true, lead: true, slug: true, status: true, locale: true, articleId: true },
  });
  if (!t || t.status !== "published") return null;
  return { ...t, cover: await articleCoverPicture(t.articleId, t.locale) };
}

// A text published: one job per subscriber who wants it at once, each sent at most once.
async function fanOutAlerts(translationId: string) {
  const t = await db.articleTranslation.findUnique({
    where: { id: translationId },
    select: { locale: true, status: true, article: { select: { kind: true, regions: { select: { id: true } } } } },
  });
  if (!t || t.status !== "published") return { skipped: "notPublished" };
  const subscribers = await db.subscriber.findMany({
    where: {
      status: "active",
      locale: t.locale,
      frequency: "immediate",
      ...(t.article.kind !== "press_release" && { scope: "all" }),
      OR: [{ regions: { none: {} } }, { regions: { some: { id: { in: t.article.regions.map((r) => r.id) } } } }],
    },
    select: { id: true },
  });
  await db.$transaction(async (tx) => {
    for (const s of subscribers) await enqueue(tx, "mail", { kind: "alert", subscriberId: s.id, translationId } satisfies MailJob);
  });
  return { recipients: subscribers.length };
}

// Monday's digests: every weekly subscriber gets the week's texts their choices cover.
async function fanOutDigests() {
  const until = new Date().toISOString();
  const subscribers = await db.subscriber.findMany({ where: { status: "active", frequency: "weekly" }, select: { id: true } });
  await db.$transaction(async (tx) => {
    for (const s of subscribers) await enqueue(tx, "mail", { kind: "digest", subscriberId: s.id, until } satisfies MailJob);
  });
  return { recipients: subscribers.length };
}

async function sendDigest(s: Subscriber, until: Date) {
  const since = s.digestUntil ?? s.confirmedAt ?? s.createdAt;
  const rows = await db.articleTranslation.findMany({
    where: { ...coveredBy(s), publishedAt: { gt: since, lte: until } },
    orderBy: { publishedAt: "desc" },
    take: 30,
    select: { title: true, lead: true, slug: true },
  });
  if (rows.length === 0) return { skipped: "nothingNew" };
  const outcome = await sendMailOnce(
    `digest:${s.id}:${until.toISOString()}`,
    "digest",
    await digestMessage(
      s,
      rows.map((r) => ({ ...r, cover: null })),
    ),
  );
  await db.subscriber.update({ where: { id: s.id }, data: { digestUntil: until } });
  return outcome;
}

export async function runMailJob(job: MailJob) {
  if (job.kind === "alerts") return fanOutAlerts(job.translationId);
  if (job.kind === "digests") return fanOutDigests();
  if (job.kind === "verifyJournalist" || job.kind === "advance") return runPressListJob(job);
  const s = await db.subscriber.findUnique({ where: { id: job.subscriberId }, include: withRegions });
  if (!s) return { skipped: "gone" };
  // Counted again when sending: several sign-ups at once all pass the count made when queued.
  if ((job.kind === "confirm" || job.kind === "manage") && (await subscriptionMailsToday(db, s.email)) >= SUBSCRIPTION_MAILS_PER_DAY)
    return { skipped: "limit" };
  switch (job.kind) {
    case "confirm":
      return s.status === "pending" ? sendMailOnce(job.key, "confirm", await confirmMessage(s, await describeChoices(s))) : { skipped: "notPending" };
    case "manage":
      return s.status === "active" ? sendMailOnce(job.key, "manage", await manageMessage(s)) : { skipped: "notActive" };
    case "alert": {
      if (s.status !== "active") return { skipped: "notActive" };
      const article = await alertArticle(job.translationId);
      return article ? sendMailOnce(`alert:${s.id}:${article.id}`, "alert", await alertMessage(s, article)) : { skipped: "notPublished" };
    }
    case "digest":
      return s.status === "active" ? sendDigest(s, new Date(job.until)) : { skipped: "notActive" };
  }
}
