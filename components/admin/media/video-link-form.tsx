"use client";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/admin/directory/fields";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import { SaveRow } from "@/components/admin/translation/save-row";
import { addVideoLink } from "@/lib/actions/media";

// A video on Rutube, VK Video or YouTube, added by its address; its card opens next.
export function VideoLinkForm() {
  const t = useTranslations("AdminMedia.link");
  const { state, pending, onSubmit, errors } = useSaveForm(addVideoLink, { editPath: (id) => `/admin/media/${id}` });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="video-link-heading" className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="video-link-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <TextField name="url" label={t("url")} hint={t("urlHint")} maxLength={500} required errors={errors("url")} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField name="titleRu" label={t("titleRu")} maxLength={2000} lang="ru" errors={errors("titleRu")} />
        <TextField name="titleEn" label={t("titleEn")} maxLength={2000} lang="en" errors={errors("titleEn")} />
      </div>
      <SaveRow state={state} pending={pending} label={t("submit")} />
    </form>
  );
}
