"use client";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { FormError } from "@/components/admin/form-messages";

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
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? t("saving") : t("save")}
        </button>
        <p role="status" className="text-sm text-green-800">
          {state.ok && !pending ? t("saved") : ""}
        </p>
      </div>
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
