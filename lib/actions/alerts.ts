"use server";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { changeSubscription, confirmSubscription, subscribe, unsubscribe } from "@/lib/alerts/subscriptions";
import { CONSENT_VERSION, limitSignUp } from "@/lib/alerts/sign-up-limit";
import { clientIp } from "@/lib/auth/client-ip";
import { verifyJournalist } from "@/lib/press/list";
import { mailConfigured } from "@/lib/mail/transport";
import { routes } from "@/lib/routes";
import { alertChoicesSchema, subscribeSchema, subscriptionTokenSchema } from "@/lib/zod/alerts";
import type { FormState } from "./form-state";
import { formEntries, zodFieldErrors } from "./guard";

// The visitors' side of e-mail alerts: no account, so no session to check. Sign-up is limited
// per address and answers the same whatever the e-mail's state; the other actions are
// authorized by the subscriber's secret token from the messages.

const read = (formData: FormData) => ({ ...formEntries(formData), regionIds: formData.getAll("regionIds").map(String) });

export async function subscribeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = subscribeSchema.safeParse(read(formData));
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error.issues) };
  if (!mailConfigured()) return { error: "unavailable" };
  const ip = clientIp(await headers());
  const wait = limitSignUp(ip);
  if (wait) return { error: "rateLimited", errorValues: { seconds: wait } };
  const t = await getTranslations({ locale: parsed.data.locale, namespace: "Alerts" });
  await subscribe(parsed.data, { text: t("consent"), version: CONSENT_VERSION, ip });
  return { ok: true };
}

const tokenOf = (formData: FormData) => subscriptionTokenSchema.safeParse({ token: formData.get("token") });
const localeOf = (formData: FormData) => (formData.get("locale") === "en" ? "en" : "ru");

function toSettings(formData: FormData, token: string, flag: "confirmed" | "unsubscribed"): never {
  return redirect({ href: { pathname: routes.alertSettings, query: { token, [flag]: "1" } }, locale: localeOf(formData) });
}

export async function confirmAlertsAction(formData: FormData): Promise<void> {
  const token = tokenOf(formData);
  if (token.success && (await confirmSubscription(token.data.token))) toSettings(formData, token.data.token, "confirmed");
  redirect({ href: { pathname: routes.alertConfirm, query: { token: String(formData.get("token") ?? "") } }, locale: localeOf(formData) });
}

export async function changeAlertsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = tokenOf(formData);
  const choices = alertChoicesSchema.safeParse(read(formData));
  if (!token.success) return { error: "invalidLink" };
  if (!choices.success) return { fieldErrors: zodFieldErrors(choices.error.issues) };
  return (await changeSubscription(token.data.token, choices.data)) ? { ok: true } : { error: "invalidLink" };
}

export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = tokenOf(formData);
  if (token.success && (await unsubscribe(token.data.token))) toSettings(formData, token.data.token, "unsubscribed");
  redirect({ href: routes.alerts, locale: localeOf(formData) });
}

// The link of the press list's confirmation message: the journalist confirms the address.
export async function verifyJournalistAction(formData: FormData): Promise<void> {
  const token = tokenOf(formData);
  const done = token.success && (await verifyJournalist(token.data.token));
  redirect({
    href: { pathname: routes.pressListVerify, query: { token: String(formData.get("token") ?? ""), ...(done && { done: "1" }) } },
    locale: localeOf(formData),
  });
}
