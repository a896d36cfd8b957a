import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/site-url";

// Mail goes out through the SMTP server of SMTP_URL (smtp://user:pass@host:587, smtps://… for
// TLS from the start). Without it nothing is sent: the jobs say so and the back office shows it.
export const mailConfigured = (env = process.env) => Boolean(env.SMTP_URL?.trim());

export function mailFrom(env = process.env): string {
  return env.MAIL_FROM?.trim() || `"АИРР" <no-reply@${new URL(siteUrl()).hostname}>`;
}

const store = globalThis as unknown as { __airrMail?: { url: string; transport: Transporter } };

function transport(): Transporter {
  const url = process.env.SMTP_URL!.trim();
  if (store.__airrMail?.url !== url) store.__airrMail = { url, transport: nodemailer.createTransport(url) };
  return store.__airrMail.transport;
}

export type Mail = { to: string; subject: string; html: string; text: string; headers?: Record<string, string> };
export type MailOutcome = { sent: string; messageId: string } | { already: string } | { uncertain: string } | { skipped: "noSmtp" };

// One message, at most once per `key`. The key is recorded before the SMTP server is called;
// when the server refuses or cannot be reached the record is removed again, so the queue's
// retry sends it later. Only a process stopped mid-send leaves a record without sentAt: that
// message may or may not have gone out, and it is not sent again.
export async function sendMailOnce(key: string, kind: string, mail: Mail): Promise<MailOutcome> {
  if (!mailConfigured()) return { skipped: "noSmtp" };
  const claimed = await db.mailDelivery.createMany({ data: [{ key, kind, recipient: mail.to, subject: mail.subject }], skipDuplicates: true });
  if (claimed.count === 0) {
    const earlier = await db.mailDelivery.findUnique({ where: { key }, select: { sentAt: true } });
    return earlier?.sentAt ? { already: mail.to } : { uncertain: mail.to };
  }
  let info: { messageId: string };
  try {
    info = await transport().sendMail({ from: mailFrom(), ...mail });
  } catch (error) {
    await db.mailDelivery.delete({ where: { key } });
    throw error;
  }
  await db.mailDelivery.update({ where: { key }, data: { sentAt: new Date(), messageId: info.messageId } });
  return { sent: mail.to, messageId: info.messageId };
}
