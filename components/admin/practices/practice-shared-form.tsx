"use client";
import { useTranslations } from "next-intl";
import { SaveRow } from "@/components/admin/translation/save-row";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import type { FormState } from "@/lib/actions/form-state";
import { savePracticeSharedAction } from "@/lib/actions/practices";
import type { AdminPractice, PracticeOptions } from "@/lib/practices/admin-queries";
import { PracticeSharedFields } from "./practice-shared-fields";

type Props = { practice: AdminPractice; options: PracticeOptions; version: number; onSaved: (state: FormState) => void };

// The fields both languages share, saved with the practice's own version.
export function PracticeSharedForm({ practice, options, version, onSaved }: Props) {
  const t = useTranslations("AdminPractices");
  const { state, pending, onSubmit, errors } = useSaveForm(savePracticeSharedAction, { onSaved });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4" aria-labelledby="practice-shared-title">
      <h2 id="practice-shared-title" className="text-sm font-semibold text-brand-900">
        {t("shared")}
      </h2>
      <p className="text-sm text-slate-700">{t("sharedNote")}</p>
      <input type="hidden" name="practiceId" value={practice.id} />
      <input type="hidden" name="version" value={version} />
      <PracticeSharedFields options={options} values={practice} errors={errors} />
      <SaveRow state={state} pending={pending} label={t("saveShared")} />
    </form>
  );
}
