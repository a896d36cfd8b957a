"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { sendAdvanceCopyAction } from "@/lib/actions/press-list";
import { confirmedSubmit } from "../confirmed-submit";
import { FormError } from "../form-messages";

type Props = { articleId: string; locale: "ru" | "en"; version: number; recipients: number; sent: number };

export function AdvanceCopyForm({ articleId, locale, version, recipients, sent }: Props) {
  const t = useTranslations("AdminEditor.outreach");
  const [state, action, pending] = useActionState(sendAdvanceCopyAction, initialFormState);
  return (
    <form onSubmit={confirmedSubmit(action, () => t("advanceConfirm", { count: recipients }))} className="flex flex-col gap-2">
      <h3 className="font-semibold">{t("advanceTitle")}</h3>
      <p>{t("advanceHint", { count: recipients })}</p>
      {sent > 0 && <p className="text-slate-600">{t("advanceSent", { count: sent })}</p>}
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="version" value={version} />
      <FormError state={state} />
      {state.ok && (
        <p role="status" className="text-emerald-800">
          {t("advanceQueued", { count: Number(state.data?.recipients ?? 0) })}
        </p>
      )}
      <button
        type="submit"
        disabled={pending || recipients === 0}
        className="self-start rounded border border-amber-600 bg-amber-50 px-3 py-1.5 hover:bg-amber-100 disabled:opacity-60"
      >
        {t("advanceSubmit")}
      </button>
    </form>
  );
}
