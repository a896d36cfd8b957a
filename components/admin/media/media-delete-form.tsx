"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { deleteMedia } from "@/lib/actions/media";
import { confirmedSubmit } from "../confirmed-submit";
import { FormError } from "../form-messages";

// The server refuses a used file anyway; `inUse` only explains it before anyone tries.
export function MediaDeleteForm({ id, inUse }: { id: string; inUse: boolean }) {
  const t = useTranslations("AdminMedia.delete");
  const [state, action, pending] = useActionState(deleteMedia, initialFormState);
  return (
    <form
      onSubmit={confirmedSubmit(action, () => t("confirm"))}
      className="flex flex-col gap-3 rounded border border-red-200 bg-white p-4"
      aria-labelledby="media-delete-heading"
    >
      <h2 id="media-delete-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <input type="hidden" name="id" value={id} />
      <FormError state={state} />
      {inUse && (
        <p id="media-delete-blocked" className="text-sm text-slate-700">
          {t("blocked")}
        </p>
      )}
      <button
        type="submit"
        disabled={pending || inUse}
        aria-describedby={inUse ? "media-delete-blocked" : undefined}
        className="self-start rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-50"
      >
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
