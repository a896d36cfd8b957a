"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { changePublicationAction } from "@/lib/actions/articles";
import type { EditorTranslation } from "@/lib/articles/editor-data";
import { FieldErrors, FormError } from "../form-messages";
import { useSaveForm } from "../save/use-save-form";
import { inputClass } from "./field";

type Props = { articleId: string; locale: "ru" | "en"; translation: EditorTranslation; canPublish: boolean; isPressRelease: boolean };

const button = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60";
// datetime-local has no zone: the browser's own zone turns it into an instant.
const toIso = (local: string) => (local && !Number.isNaN(Date.parse(local)) ? new Date(local).toISOString() : local);

// Publication state of one locale only; every change names the translation's version.
export function PublicationPanel({ articleId, locale, translation, canPublish, isPressRelease }: Props) {
  const t = useTranslations("AdminEditor");
  const status = useTranslations("AdminStatus.status");
  const format = useFormatter();
  const { state, pending, onSubmit } = useSaveForm(changePublicationAction, { version: translation.version });
  const [when, setWhen] = useState("");
  const [embargo, setEmbargo] = useState("");
  const at = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : "");
  const s = translation.status;
  if (!canPublish)
    return (
      <p className="text-sm text-slate-600">
        {status(s as never)} · {t("cannotPublish")}
      </p>
    );
  const form = (action: string, children: React.ReactNode) => (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="locale" value={locale} />
      {children}
    </form>
  );
  return (
    <section aria-label={t("publication")} className="flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-3" aria-busy={pending}>
      <p className="text-sm">
        <strong>{status(s as never)}</strong>
        {s === "published" && translation.publishedAt && ` · ${t("publishedOn", { time: at(translation.publishedAt) })}`}
        {s === "scheduled" && translation.scheduledAt && ` · ${t("scheduledFor", { time: at(translation.scheduledAt) })}`}
        {translation.embargoUntil && ` · ${t("embargoUntil", { time: at(translation.embargoUntil) })}`}
      </p>
      <FormError state={state} />
      <FieldErrors id={`when-${locale}-errors`} errors={state.fieldErrors?.when ?? state.fieldErrors?.withdrawnNotice ?? state.fieldErrors?.redirectTo} />
      {s !== "published" &&
        form(
          "publish",
          <button type="submit" className={`${button} border-brand-700 bg-brand-700 text-white hover:bg-brand-800`} disabled={pending}>
            {t("publish")}
          </button>,
        )}
      {form(
        "schedule",
        <>
          <label className="flex flex-col text-sm">
            {t("scheduleAt")}
            <input type="datetime-local" step={1} value={when} onChange={(e) => setWhen(e.target.value)} className={inputClass} />
          </label>
          <input type="hidden" name="scheduledAt" value={toIso(when)} />
          <button type="submit" className={button} disabled={pending}>
            {t("schedule")}
          </button>
        </>,
      )}
      {isPressRelease &&
        form(
          "embargo",
          <>
            <label className="flex flex-col text-sm">
              {t("embargo")}
              <input type="datetime-local" step={1} value={embargo} onChange={(e) => setEmbargo(e.target.value)} className={inputClass} />
            </label>
            <input type="hidden" name="embargoUntil" value={toIso(embargo)} />
            <button type="submit" className={button} disabled={pending}>
              {t("setEmbargo")}
            </button>
          </>,
        )}
      {s === "published" &&
        form(
          "withdraw",
          <>
            <label className="flex flex-1 flex-col text-sm">
              {t("withdrawNotice")}
              <input name="withdrawnNotice" defaultValue={translation.withdrawnNotice} className={inputClass} />
            </label>
            <button type="submit" className={button} disabled={pending}>
              {t("withdraw")}
            </button>
          </>,
        )}
      {(s === "published" || s === "withdrawn") &&
        form(
          "unpublish",
          <>
            <label className="flex flex-1 flex-col text-sm">
              {t("redirectTo")}
              <input name="redirectTo" defaultValue={translation.redirectTo} placeholder="/ru/press/news" className={inputClass} />
            </label>
            <button type="submit" className={button} disabled={pending}>
              {t("unpublish")}
            </button>
          </>,
        )}
      {s !== "draft" &&
        form(
          "draft",
          <button type="submit" className={button} disabled={pending}>
            {t("toDraft")}
          </button>,
        )}
    </section>
  );
}
