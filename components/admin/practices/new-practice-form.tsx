"use client";
import { useTranslations } from "next-intl";
import { SaveRow } from "@/components/admin/translation/save-row";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import { createPracticeAction } from "@/lib/actions/practices";
import type { PracticeOptions } from "@/lib/practices/admin-queries";
import { PracticeSharedFields } from "./practice-shared-fields";

// The action opens the new practice's editor once it exists.
export function NewPracticeForm({ options }: { options: PracticeOptions }) {
  const t = useTranslations("AdminPractices");
  const { state, pending, onSubmit, errors } = useSaveForm(createPracticeAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4 rounded border border-slate-200 bg-white p-4">
      <p className="text-sm text-slate-700">{t("newIntro")}</p>
      <PracticeSharedFields options={options} values={{ regionId: "", topicIds: [], cover: null }} errors={errors} />
      <SaveRow state={state} pending={pending} label={t("create")} />
    </form>
  );
}
