"use client";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { FormError } from "@/components/admin/form-messages";
import { SaveButton } from "@/components/admin/save/save-button";

// The form-wide outcome and the save button, at the end of every directory form.
export function SaveBar({ state, pending }: { state: FormState; pending: boolean }) {
  const t = useTranslations("AdminDirectory");
  return (
    <div className="flex flex-col gap-3">
      <FormError state={state} />
      {state.fieldErrors && !state.error ? (
        <p role="alert" className="text-sm text-red-700">
          {t("fixErrors")}
        </p>
      ) : null}
      <SaveButton pending={pending} label={t("save")} pendingLabel={t("saving")} status={state.ok && !pending ? t("saved") : ""} />
    </div>
  );
}

// Which record the form saves and the version it started from (kept current after each save).
export function RecordIdentity({ id, version }: { id?: string; version: number }) {
  return (
    <>
      <input type="hidden" name="id" value={id ?? ""} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}
