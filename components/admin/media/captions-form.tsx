"use client";
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/admin/form-messages";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import { SaveRow } from "@/components/admin/translation/save-row";
import { saveVideoCaptions } from "@/lib/actions/media";
import type { Locale } from "@/i18n/routing";
import { LabelledSection } from "@/components/labelled-section";

// One language's captions of a video file: upload a WebVTT file, or remove the one there is.
function LocaleCaptions({ id, locale, current }: { id: string; locale: Locale; current: string | null }) {
  const t = useTranslations("AdminMedia.captions");
  const { state, pending, onSubmit, errors } = useSaveForm(saveVideoCaptions);
  const field = `captions-${locale}`;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2 border-t border-slate-100 pt-3 first:border-0 first:pt-0">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="locale" value={locale} />
      <p>
        <span className="font-medium">{t(`locales.${locale}`)}: </span>
        {current ? (
          <a href={current} className="text-link">
            {t("present")}
          </a>
        ) : (
          t("none")
        )}
      </p>
      <label htmlFor={field}>{t("file")}</label>
      <input id={field} name="file" type="file" accept=".vtt,text/vtt" aria-describedby={`${field}-errors`} className="text-sm" />
      <FieldErrors id={`${field}-errors`} errors={errors("file")} />
      <div className="flex flex-wrap items-center gap-3">
        <SaveRow state={state} pending={pending} label={t("upload")} />
        {current && (
          <button type="submit" name="remove" value="1" disabled={pending} className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
            {t("remove")}
          </button>
        )}
      </div>
    </form>
  );
}

export function CaptionsForm({ id, captions }: { id: string; captions: Partial<Record<Locale, string>> }) {
  const t = useTranslations("AdminMedia.captions");
  return (
    <LabelledSection
      id="captions-heading"
      className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 text-sm"
      heading="text-lg font-semibold"
      title={t("heading")}
    >
      <p className="text-slate-600">{t("hint")}</p>
      {(["ru", "en"] as const).map((locale) => (
        <LocaleCaptions key={locale} id={id} locale={locale} current={captions[locale] ?? null} />
      ))}
    </LabelledSection>
  );
}
