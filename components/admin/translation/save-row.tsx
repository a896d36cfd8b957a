"use client";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/admin/form-messages";
import type { FormState } from "@/lib/actions/form-state";
import { SaveButton } from "@/components/admin/save/save-button";

// The outcome of one form's save and its button, named after what it saves.
export function SaveRow({ state, pending, label }: { state: FormState; pending: boolean; label: string }) {
  const t = useTranslations("AdminTranslation");
  return (
    <div className="flex flex-col gap-3">
      <FormError state={state} />
      <SaveButton pending={pending} label={label} pendingLabel={t("saving")} status={state.ok && !pending ? t("saved") : ""} />
    </div>
  );
}
