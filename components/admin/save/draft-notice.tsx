"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { Draft } from "./use-unsaved";

// The offer of typing kept from an earlier visit: restore it into the form, or discard it.
export function DraftNotice({ draft }: { draft: Draft }) {
  const t = useTranslations("AdminDraft");
  const format = useFormatter();
  if (!draft) return null;
  const time = format.dateTime(new Date(draft.savedAt), { dateStyle: "short", timeStyle: "short" });
  return (
    <div role="status" className="flex flex-wrap items-center gap-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="flex-1">
        {t("offer", { time })}
        {draft.stale ? ` ${t("newerSaved")}` : null}
      </p>
      <button type="button" onClick={draft.restore} className="rounded bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800">
        {t("restore")}
      </button>
      <button type="button" onClick={draft.discard} className="rounded border border-slate-400 px-3 py-1 hover:bg-white">
        {t("discard")}
      </button>
    </div>
  );
}
