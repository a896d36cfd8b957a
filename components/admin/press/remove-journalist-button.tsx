"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { removeJournalistAction } from "@/lib/actions/press-list";
import { confirmedSubmit } from "../confirmed-submit";
import { FormError } from "../form-messages";

export function RemoveJournalistButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("AdminPressList");
  const [state, action, pending] = useActionState(removeJournalistAction, initialFormState);
  return (
    <form onSubmit={confirmedSubmit(action, () => t("removeConfirm", { name }))}>
      <input type="hidden" name="id" value={id} />
      <FormError state={state} />
      <button type="submit" disabled={pending} className="text-sm text-red-800 underline disabled:opacity-60" aria-label={t("removeLabel", { name })}>
        {t("remove")}
      </button>
    </form>
  );
}
