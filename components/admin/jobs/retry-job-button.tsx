"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { retryJobAction } from "@/lib/actions/jobs";
import { FormError } from "../form-messages";
import { SubmitButton } from "../save/submit-button";

export function RetryJobButton({ id, queue }: { id: string; queue: string }) {
  const t = useTranslations("AdminJobs");
  const [state, action, pending] = useActionState(retryJobAction, initialFormState);
  return (
    <form action={action} className="mt-2 flex flex-col gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="queue" value={queue} />
      <FormError state={state} />
      <SubmitButton
        pending={pending}
        label={t("retry")}
        pendingLabel={t("retrying")}
        className="self-start rounded border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
      />
    </form>
  );
}
