import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/history/record";
import { enqueue } from "@/lib/jobs/enqueue";
import type { JournalistInput } from "@/lib/zod/press-list";
import type { MailJob } from "@/lib/zod/alerts";

// The press list: journalists who get press releases in advance, under embargo. An address is
// used only once its owner has confirmed it from the message sent when it was added.

export type JournalistRow = { id: string; name: string; outlet: string; email: string; locales: ("ru" | "en")[]; verifiedAt: Date | null };

export async function listJournalists(): Promise<JournalistRow[]> {
  return db.journalist.findMany({
    orderBy: [{ outlet: "asc" }, { name: "asc" }],
    select: { id: true, name: true, outlet: true, email: true, locales: true, verifiedAt: true },
  });
}

// Adds a journalist (or returns null when the address is on the list already) and asks them to
// confirm the address.
export async function addJournalist(actorId: string, input: JournalistInput): Promise<{ id: string } | null> {
  const email = input.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    if (await tx.journalist.findUnique({ where: { email } })) return null;
    const j = await tx.journalist.create({
      data: { name: input.name, outlet: input.outlet, email, locales: input.locales, token: randomBytes(24).toString("base64url"), createdById: actorId },
    });
    await recordAudit(tx, { actorId, action: "press.journalist_add", details: { email, name: input.name, outlet: input.outlet } });
    await enqueue(tx, "mail", { kind: "verifyJournalist", journalistId: j.id } satisfies MailJob);
    return { id: j.id };
  });
}

export async function removeJournalist(actorId: string, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const j = await tx.journalist.findUnique({ where: { id } });
    if (!j) return false;
    await tx.journalist.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: "press.journalist_remove", details: { email: j.email } });
    return true;
  });
}

export async function findJournalistByToken(token: string) {
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return null;
  return db.journalist.findUnique({ where: { token } });
}

export async function verifyJournalist(token: string) {
  const j = await findJournalistByToken(token);
  if (!j) return null;
  return j.verifiedAt ? j : db.journalist.update({ where: { id: j.id }, data: { verifiedAt: new Date() } });
}
