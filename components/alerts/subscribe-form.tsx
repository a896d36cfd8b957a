"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { subscribeAction } from "@/lib/actions/alerts";
import { initialFormState } from "@/lib/actions/form-state";
import { AlertChoicesFields, type RegionOption } from "./alert-choices";
import { AlertFormStatus } from "./form-status";

export function SubscribeForm({ regions }: { regions: RegionOption[] }) {
  const t = useTranslations("Alerts");
  const locale = useLocale();
  const [state, action, pending] = useActionState(subscribeAction, initialFormState);
  const emailError = state.fieldErrors?.email?.[0];
  return (
    <form action={action} className="max-w-2xl space-y-6">
      <input type="hidden" name="locale" value={locale} />
      <div className="flex flex-col gap-1">
        <label htmlFor="alert-email" className="font-semibold text-brand-900">
          {t("email")}
        </label>
        <input
          id="alert-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          maxLength={254}
          aria-invalid={emailError ? true : undefined}
          className="rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <AlertChoicesFields regions={regions} value={{ scope: "all", frequency: "immediate", regionIds: [] }} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="consent" value="yes" required className="mt-1 h-4 w-4 shrink-0 accent-brand-800" />
        <span>{t("consent")}</span>
      </label>
      <AlertFormStatus state={state} done={t("sent")} />
      <button type="submit" disabled={pending} className="rounded bg-brand-800 px-5 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
