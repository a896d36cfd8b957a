"use client";
import { useTranslations } from "next-intl";
import type { TranslationState } from "@/lib/translations/state";
import { StateBadge, StatusBadge } from "./badges";

// Above each locale's form: where this translation stands, in words as well as badges.
export function LocaleHeader({ status, state }: { status: string | null; state: TranslationState }) {
  const t = useTranslations("AdminTranslation");
  return (
    <div className="flex flex-col gap-1 text-sm">
      <div className="flex flex-wrap gap-1">
        <StatusBadge status={status} />
        <StateBadge state={state} />
      </div>
      {state === "missing" || state === "outdated" ? <p className="text-slate-700">{t(`stateHint.${state}`)}</p> : null}
    </div>
  );
}
