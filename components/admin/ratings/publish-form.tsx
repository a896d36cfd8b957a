"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { setRatingEditionStatusAction } from "@/lib/actions/ratings";
import { FormHeader } from "../form-header";
import { submitAsTyped } from "../submit-as-typed";
import { SubmitButton } from "../save/submit-button";

type Status = { status: "published" | "draft"; publishedAt: string | null };
type Props = Status & { editionId: string; version: number; canPublish: boolean; onDone: (version: number, status: Status) => void };

export function PublishForm({ editionId, version, status, publishedAt, canPublish, onDone }: Props) {
  const t = useTranslations("AdminRatings.publish");
  const format = useFormatter();
  const [state, action, pending] = useActionState(async (prev: FormState, formData: FormData) => {
    const next = await setRatingEditionStatusAction(prev, formData);
    if (next.ok && next.version) onDone(next.version, next.data as Status);
    return next;
  }, initialFormState);
  const published = status === "published";
  return (
    <form
      onSubmit={submitAsTyped(action, (formData) => {
        if (published && !window.confirm(t("confirmUnpublish"))) return false;
        formData.set("editionId", editionId);
        formData.set("version", String(version));
        formData.set("publish", published ? "0" : "1");
      })}
      aria-labelledby="publish-heading"
      className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4"
    >
      <FormHeader id="publish-heading" title={t("heading")} state={state} />
      <p>
        {published && publishedAt ? t("published", { date: format.dateTime(new Date(publishedAt), { dateStyle: "long", timeStyle: "short" }) }) : t("draft")}
      </p>
      {canPublish ? (
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton
            pending={pending}
            label={published ? t("unpublish") : t("publish")}
            pendingLabel={t("pending")}
            className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${published ? "border border-red-700 text-red-800 hover:bg-red-50" : "bg-brand-700 text-white hover:bg-brand-800"}`}
          />
          <p role="status" className="text-sm">
            {state.ok && !pending ? t(published ? "donePublished" : "doneUnpublished") : ""}
          </p>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("noPermission")}</p>
      )}
    </form>
  );
}
