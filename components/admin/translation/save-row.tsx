"use client";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/admin/form-messages";
import type { FormState } from "@/lib/actions/form-state";

// The outcome of one form's save and its button, named after what it saves.
export function SaveRow({ state, pending, label }: { state: FormState; pending: boolean; label: string }) {
  const t = useTranslations("AdminTranslation");
  return (
    <div className="flex flex-col gap-3">
      <FormError state={state} />
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? t("saving") : label}
        </button>
        <p role="status" className="text-sm text-green-800">
          {state.ok && !pending ? t("saved") : ""}
        </p>
      </div>
    </div>
  );
}
