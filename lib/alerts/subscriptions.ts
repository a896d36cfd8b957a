import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import type { AlertChoices, SubscribeInput } from "@/lib/zod/alerts";

// Messages about the subscription itself (confirm, "here are your settings") one address may be
// sent in a day, whoever asks: a sign-up form cannot be turned into a way to flood an inbox.
export const SUBSCRIPTION_MAILS_PER_DAY = 3;

const newToken = () => randomBytes(24).toString("base64url");
const regionLinks = (ids: string[]) => ({ set: ids.map((id) => ({ id })) });

export async function subscriptionMailsToday(tx: Pick<Prisma.TransactionClient, "mailDelivery">, email: string) {
  const since = new Date(Date.now() - 24 * 3600 * 1000);
  return tx.mailDelivery.count({ where: { recipient: email, kind: { in: ["confirm", "manage"] }, createdAt: { gte: since } } });
}

// Sign-up. The answer is the same whatever the address's state, so the form never tells
// anyone whether an address is subscribed: a new or lapsed address gets a confirmation link
// (double opt-in), an active one a message with the link to its settings.
export async function subscribe(input: SubscribeInput, consent: { text: string; version: string; ip: string | null }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  await db.$transaction(async (tx) => {
    if ((await subscriptionMailsToday(tx, email)) >= SUBSCRIPTION_MAILS_PER_DAY) return;
    const existing = await tx.subscriber.findUnique({ where: { email_locale: { email, locale: input.locale } } });
    if (existing?.status === "active") {
      await enqueue(tx, "mail", { kind: "manage", subscriberId: existing.id, key: `manage:${existing.id}:${Date.now()}` });
      return;
    }
    const data = {
      scope: input.scope,
      frequency: input.frequency,
      status: "pending" as const,
      token: newToken(),
      consentText: consent.text,
      consentVersion: consent.version,
      consentAt: new Date(),
      consentIp: consent.ip,
      confirmedAt: null,
      unsubscribedAt: null,
    };
    const saved = existing
      ? await tx.subscriber.update({ where: { id: existing.id }, data: { ...data, regions: regionLinks(input.regionIds) } })
      : await tx.subscriber.create({ data: { ...data, email, locale: input.locale, regions: { connect: input.regionIds.map((id) => ({ id })) } } });
    await enqueue(tx, "mail", { kind: "confirm", subscriberId: saved.id, key: `confirm:${saved.id}:${Date.now()}` });
  });
}

export async function findSubscriberByToken(token: string) {
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return null;
  return db.subscriber.findUnique({ where: { token }, include: { regions: { select: { id: true } } } });
}

// The link of the confirmation message: the address is now known to be its owner's.
export async function confirmSubscription(token: string) {
  const found = await findSubscriberByToken(token);
  if (!found || found.status === "unsubscribed") return null;
  if (found.status === "active") return found;
  return db.subscriber.update({ where: { id: found.id }, data: { status: "active", confirmedAt: new Date() }, include: { regions: { select: { id: true } } } });
}

export async function changeSubscription(token: string, choices: AlertChoices) {
  const found = await findSubscriberByToken(token);
  if (!found || found.status !== "active") return null;
  return db.subscriber.update({
    where: { id: found.id },
    data: { scope: choices.scope, frequency: choices.frequency, regions: regionLinks(choices.regionIds) },
  });
}

// One click in the message, the settings page or the mail client's own button (RFC 8058).
export async function unsubscribe(token: string) {
  const found = await findSubscriberByToken(token);
  if (!found) return null;
  if (found.status === "unsubscribed") return found;
  return db.subscriber.update({ where: { id: found.id }, data: { status: "unsubscribed", unsubscribedAt: new Date() } });
}
