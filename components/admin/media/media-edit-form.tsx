"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { updateMediaText } from "@/lib/actions/media";
import { FieldErrors, FormError } from "../form-messages";
import { submitAsTyped } from "../submit-as-typed";
import { MediaField } from "./media-picker";
import type { MediaFieldValue } from "@/lib/media/admin-queries";
import { locales } from "@/i18n/routing";
import { SaveButton } from "../save/save-button";

type Text = { alt: string; caption: string; credit: string };
// `poster`: for a video, the image shown before it plays (undefined for other kinds).
type Props = { id: string; version: number; isImage: boolean; texts: { ru: Text; en: Text }; poster?: MediaFieldValue | null };

const FIELDS = [
  { key: "alt", max: 500, rows: 3 },
  { key: "caption", max: 2000, rows: 3 },
  { key: "credit", max: 300, rows: 0 },
] as const;
const suffix = { ru: "Ru", en: "En" } as const;
const input = "rounded border border-slate-300 px-2 py-1.5";

// Both locales side by side. Inputs are controlled, so a refused save keeps what was typed.
export function MediaEditForm({ id, version, isImage, texts, poster }: Props) {
  const t = useTranslations("AdminMedia.edit");
  const [values, setValues] = useState(texts);
  const [state, action, pending] = useActionState(
    async (prev: Parameters<typeof updateMediaText>[0], formData: FormData) => {
      const next = await updateMediaText(prev, formData);
      return next.ok ? next : { ...next, version: prev.version };
    },
    { ...initialFormState, version },
  );
  const set = (locale: "ru" | "en", key: keyof Text, value: string) => setValues((v) => ({ ...v, [locale]: { ...v[locale], [key]: value } }));

  return (
    <form noValidate onSubmit={submitAsTyped(action)} className="flex flex-col gap-4" aria-labelledby="media-texts-heading">
      <h2 id="media-texts-heading" className="text-lg font-semibold">
        {t("texts")}
      </h2>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={state.version ?? version} />
      <FormError state={state} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {locales.map((locale) => (
          <fieldset key={locale} lang={locale} className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4">
            <legend className="px-1 font-medium">{t(`locales.${locale}`)}</legend>
            {FIELDS.map(({ key, max, rows }) => {
              const name = `${key}${suffix[locale]}`;
              const fieldId = `media-${name}`;
              const hint = key === "alt" && isImage ? ` ${fieldId}-hint` : "";
              const common = {
                id: fieldId,
                name,
                maxLength: max,
                value: values[locale][key],
                className: input,
                "aria-describedby": `${fieldId}-errors${hint}`,
              };
              return (
                <div key={key} className="flex flex-col gap-1 text-sm">
                  <label htmlFor={fieldId}>{t(key)}</label>
                  {rows ? (
                    <textarea {...common} rows={rows} onChange={(e) => set(locale, key, e.target.value)} />
                  ) : (
                    <input {...common} onChange={(e) => set(locale, key, e.target.value)} />
                  )}
                  {hint && (
                    <span id={`${fieldId}-hint`} className="text-slate-600">
                      {t("altHint")}
                    </span>
                  )}
                  <FieldErrors id={`${fieldId}-errors`} errors={state.fieldErrors?.[name]} />
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
      {poster !== undefined && (
        <div className="flex flex-col gap-1">
          <MediaField name="posterId" label={t("poster")} defaultValue={poster} />
          <FieldErrors id="media-posterId-errors" errors={state.fieldErrors?.posterId} />
        </div>
      )}
      <SaveButton pending={pending} label={t("save")} pendingLabel={t("saving")} status={state.ok && !pending ? t("saved") : ""} />
    </form>
  );
}
