"use client";
import { useTranslations } from "next-intl";
import { restoreArticleRevisionAction } from "@/lib/actions/articles";
import { FormError } from "../form-messages";
import { useSaveForm } from "../save/use-save-form";

export function RestoreButton({ revisionId, currentVersion }: { revisionId: string; currentVersion: number }) {
  const t = useTranslations("AdminHistory");
  const { state, pending, ready, onSubmit } = useSaveForm(restoreArticleRevisionAction, { version: currentVersion });
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="revisionId" value={revisionId} />
      <FormError state={state} />
      {state.fieldErrors?.slug && <FormError state={{ error: "slugTaken" }} />}
      <button type="submit" disabled={pending || !ready} className="w-fit rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100">
        {t("restore")}
      </button>
      {state.ok && (
        <p role="status" className="text-sm text-green-800">
          {t("restored")}
        </p>
      )}
    </form>
  );
}
