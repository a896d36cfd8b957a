"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeAlertsAction } from "@/lib/actions/alerts";
import { initialFormState } from "@/lib/actions/form-state";
import { AlertChoicesFields, type RegionOption } from "./alert-choices";
import { AlertFormStatus } from "./form-status";

type Props = { token: string; regions: RegionOption[]; value: { scope: string; frequency: string; regionIds: string[] } };

export function AlertSettingsForm({ token, regions, value }: Props) {
  const t = useTranslations("Alerts.settings");
  const locale = useLocale();
  const [state, action, pending] = useActionState(changeAlertsAction, initialFormState);
  return (
    <form action={action} className="max-w-2xl space-y-6">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <AlertChoicesFields regions={regions} value={value} />
      <AlertFormStatus state={state} done={t("saved")} />
      <button type="submit" disabled={pending} className="rounded bg-brand-800 px-5 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
        {t("save")}
      </button>
    </form>
  );
}
