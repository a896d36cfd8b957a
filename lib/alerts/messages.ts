import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { absoluteUrl, articleAddress } from "@/lib/feeds/respond";
import { renderMail, type MailBlock } from "@/lib/mail/layout";
import type { Mail } from "@/lib/mail/transport";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site-url";

type Recipient = { email: string; locale: Locale; token: string };
export type AlertArticle = { title: string; lead: string; slug: string; cover: { src: string; alt: string; width: number; height: number } | null };

const withToken = (locale: Locale, path: string, token: string) => `${absoluteUrl(locale, path)}?token=${encodeURIComponent(token)}`;
export const settingsUrl = (r: Recipient) => withToken(r.locale, routes.alertSettings, r.token);
export const unsubscribeUrl = (r: Recipient) => `${siteUrl()}/api/alerts/unsubscribe?token=${encodeURIComponent(r.token)}`;

async function mailText(locale: Locale) {
  return getTranslations({ locale, namespace: "Mail" });
}

// Every alert and digest can be left with one click: the link in the footer and the mail
// client's own button (List-Unsubscribe with List-Unsubscribe-Post, RFC 8058).
async function alertFrame(r: Recipient, subject: string, blocks: MailBlock[], preheader?: string): Promise<Mail> {
  const t = await mailText(r.locale);
  const { html, text } = renderMail({
    lang: r.locale,
    title: subject,
    preheader,
    blocks,
    footer: [{ text: t("footer.why") }, { text: t("footer.settings"), href: settingsUrl(r) }, { text: t("footer.unsubscribe"), href: unsubscribeUrl(r) }],
  });
  const headers = {
    "List-Unsubscribe": `<${unsubscribeUrl(r)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": `${t("listName")} <alerts.${new URL(siteUrl()).hostname}>`,
  };
  return { to: r.email, subject, html, text, headers };
}

function articleBlocks(a: AlertArticle, locale: Locale, read: string): MailBlock[] {
  const href = articleAddress(locale, a.slug);
  return [
    ...(a.cover ? [{ kind: "image" as const, ...a.cover }] : []),
    { kind: "heading", text: a.title, href },
    ...(a.lead.trim() ? [{ kind: "text" as const, text: a.lead.trim() }] : []),
    { kind: "button", text: read, href },
  ];
}

export async function alertMessage(r: Recipient, a: AlertArticle): Promise<Mail> {
  const t = await mailText(r.locale);
  return alertFrame(r, a.title, articleBlocks(a, r.locale, t("read")), a.lead.slice(0, 140));
}

export async function digestMessage(r: Recipient, articles: AlertArticle[]): Promise<Mail> {
  const t = await mailText(r.locale);
  const subject = t("digest.subject", { count: articles.length });
  const blocks: MailBlock[] = [{ kind: "text", text: t("digest.intro") }];
  for (const a of articles) blocks.push(...articleBlocks({ ...a, cover: null }, r.locale, t("read")));
  return alertFrame(r, subject, blocks);
}

// A message about the subscription itself: a heading, what it is about, one button.
async function serviceMessage(r: Recipient, subject: string, body: string[], button: { text: string; href: string }): Promise<Mail> {
  const t = await mailText(r.locale);
  const [first, ...rest] = body;
  const blocks: MailBlock[] = [
    { kind: "heading", text: subject },
    { kind: "text", text: first! },
    { kind: "button", ...button },
    ...rest.map((text) => ({ kind: "text" as const, text })),
  ];
  const { html, text } = renderMail({ lang: r.locale, title: subject, blocks, footer: [{ text: t("signature") }] });
  return { to: r.email, subject, html, text };
}

// Double opt-in: nothing is sent to the address but this until its owner follows the link.
export async function confirmMessage(r: Recipient, choices: string): Promise<Mail> {
  const t = await mailText(r.locale);
  const button = { text: t("confirm.button"), href: withToken(r.locale, routes.alertConfirm, r.token) };
  return serviceMessage(r, t("confirm.subject"), [t("confirm.body", { choices }), t("confirm.ignore")], button);
}

// Sent instead of a confirmation when the address is already subscribed: the form must not
// tell a stranger that, but the owner learns where to change the settings.
export async function manageMessage(r: Recipient): Promise<Mail> {
  const t = await mailText(r.locale);
  return serviceMessage(r, t("manage.subject"), [t("manage.body")], { text: t("manage.button"), href: settingsUrl(r) });
}

type Journalist = { email: string; locales: Locale[]; token: string };
export type AdvanceText = { title: string; lead: string; slug: string; locale: Locale; body: string; embargoUntil: Date };

// An embargoed press release sent ahead to the press list: the embargo in the subject and at
// the top, then the whole text and where it will be public.
export async function advanceMessage(j: Journalist, a: AdvanceText): Promise<Mail> {
  const t = await mailText(a.locale);
  const until = new Intl.DateTimeFormat(a.locale, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Moscow" }).format(a.embargoUntil);
  const subject = t("advance.subject", { until, title: a.title });
  const { html, text } = renderMail({
    lang: a.locale,
    title: subject,
    preheader: t("advance.banner", { until }),
    blocks: [
      { kind: "banner", text: t("advance.banner", { until }) },
      { kind: "heading", text: a.title },
      ...(a.lead.trim() ? [{ kind: "text" as const, text: a.lead.trim() }] : []),
      { kind: "text", text: a.body },
      { kind: "text", text: t("advance.public", { url: articleAddress(a.locale, a.slug), until }) },
    ],
    footer: [{ text: t("advance.footer") }, { text: t("signature") }],
  });
  return { to: j.email, subject, html, text };
}

// The address of a journalist added to the press list is used only once they confirm it.
export async function verifyJournalistMessage(j: Journalist): Promise<Mail> {
  const locale = j.locales[0] ?? "ru";
  const t = await mailText(locale);
  const button = { text: t("verify.button"), href: withToken(locale, routes.pressListVerify, j.token) };
  return serviceMessage({ ...j, locale }, t("verify.subject"), [t("verify.body")], button);
}
