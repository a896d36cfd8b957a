"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { changePublicationAction } from "@/lib/actions/articles";
import type { EditorTranslation } from "@/lib/articles/editor-data";
import { FieldErrors, FormError } from "../form-messages";
import { useSaveForm } from "../save/use-save-form";
import { useBrowserValue } from "../use-browser-value";
import { inputClass } from "../field";

type Props = { articleId: string; locale: "ru" | "en"; translation: EditorTranslation; canPublish: boolean; isPressRelease: boolean };

const button = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60";
// Its own colours, not the plain button's: two background classes on one element leave the
// winner to the stylesheet's order, which made "Publish" white on white.
const primary = "rounded border border-brand-700 bg-brand-700 px-3 py-1.5 text-sm text-white hover:bg-brand-800 disabled:opacity-60";
// datetime-local has no zone: the browser's own zone turns it into an instant, and the panel
// names that zone (known only in the browser, so the server's HTML leaves it out).
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const WITH_ZONE = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" } as const;
const toIso = (local: string) => (local && !Number.isNaN(Date.parse(local)) ? new Date(local).toISOString() : local);

// Publication state of one locale only; every change names the translation's version.
export function PublicationPanel({ articleId, locale, translation, canPublish, isPressRelease }: Props) {
  const t = useTranslations("AdminEditor");
  const status = useTranslations("AdminStatus.status");
  const format = useFormatter();
  const { state, pending, onSubmit } = useSaveForm(changePublicationAction, { version: translation.version });
  const [when, setWhen] = useState("");
  const [embargoInput, setEmbargoInput] = useState("");
  // Spelled out field by field: Intl refuses timeZoneName beside dateStyle and timeStyle.
  const at = (iso: string | null) => (iso ? format.dateTime(new Date(iso), WITH_ZONE) : "");
  const zone = useBrowserValue(browserZone, "");
  const [openedAt] = useState(() => Date.now());
  const embargo = translation.embargoUntil && Date.parse(translation.embargoUntil) > openedAt ? translation.embargoUntil : null;
  const s = translation.status;
  // Lifting an embargo early is a decision of its own: asked once more before it is sent.
  const confirmLift = (event: FormEvent<HTMLFormElement>) => {
    if (window.confirm(t("liftConfirm", { time: at(embargo) }))) onSubmit(event);
    else event.preventDefault();
  };
  if (!canPublish)
    return (
      <p className="text-sm text-slate-600">
        {status(s as never)} · {t("cannotPublish")}
      </p>
    );
  const form = (action: string, children: React.ReactNode, submit = onSubmit) => (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="locale" value={locale} />
      {children}
    </form>
  );
  // A moment typed in the browser's zone, sent as an instant, and the button that sets it.
  const moment = (label: string, [value, setValue]: [string, (value: string) => void], name: string, submit: string) => (
    <>
      <label className="flex flex-col text-sm">
        {label}
        <input type="datetime-local" step={1} value={value} onChange={(e) => setValue(e.target.value)} className={inputClass} />
      </label>
      <input type="hidden" name={name} value={toIso(value)} />
      <button type="submit" className={button} disabled={pending}>
        {submit}
      </button>
    </>
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
      {zone && <p className="text-xs text-slate-600">{t("zoneHint", { zone })}</p>}
      {s !== "published" &&
        !embargo &&
        form(
          "publish",
          <button type="submit" className={primary} disabled={pending}>
            {t("publish")}
          </button>,
        )}
      {embargo &&
        form(
          "lift",
          <>
            <p className="text-sm font-medium text-amber-900">{t("embargoLock", { time: at(embargo) })}</p>
            <button type="submit" className={button} disabled={pending}>
              {t("liftEmbargo")}
            </button>
          </>,
          confirmLift,
        )}
      {form("schedule", moment(t("scheduleAt"), [when, setWhen], "scheduledAt", t("schedule")))}
      {isPressRelease && form("embargo", moment(t("embargo"), [embargoInput, setEmbargoInput], "embargoUntil", t("setEmbargo")))}
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
