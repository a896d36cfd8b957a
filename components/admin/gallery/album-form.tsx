"use client";
import { useTranslations } from "next-intl";
import { DirectoryForm, SharedFields, useDirectoryForm } from "@/components/admin/directory/directory-form";
import { TextArea, TextField } from "@/components/admin/directory/fields";
import { LocaleColumns } from "@/components/admin/directory/locale-columns";
import { FieldErrors } from "@/components/admin/form-messages";
import { MediaField } from "@/components/admin/media/media-picker";
import { saveAlbumAction } from "@/lib/actions/gallery";
import type { AlbumEdit } from "@/lib/gallery/admin-queries";
import type { VideoOption } from "../media/video-select";
import { AlbumItems } from "./album-items";
import { StatusField } from "./status-field";

export function AlbumForm({ album, canPublish, videos }: { album?: AlbumEdit; canPublish: boolean; videos: VideoOption[] }) {
  const t = useTranslations("AdminGallery");
  const form = useDirectoryForm(saveAlbumAction, album, "/admin/gallery");
  const { errors, translated } = form;
  return (
    <DirectoryForm form={form}>
      <LocaleColumns>
        {(l) => (
          <>
            <TextField {...translated(l, "title")} label={t("albumTitle")} maxLength={300} lang={l} />
            <TextField {...translated(l, "slug")} label={t("slug")} hint={t("slugHint")} maxLength={120} />
            <TextArea {...translated(l, "description")} label={t("description")} maxLength={5000} lang={l} />
            <StatusField
              locale={l}
              defaultValue={album?.translations[l].status ?? "draft"}
              canPublish={canPublish}
              errors={errors(`translations.${l}.status`)}
            />
          </>
        )}
      </LocaleColumns>
      <SharedFields>
        <TextField name="takenAt" type="date" label={t("takenAt")} defaultValue={album?.takenAt} errors={errors("takenAt")} />
        <div className="flex flex-col gap-1">
          <MediaField name="coverId" label={t("cover")} defaultValue={album?.cover ?? null} />
          <p className="text-xs text-slate-600">{t("coverHint")}</p>
          <FieldErrors id="coverId-errors" errors={errors("coverId")} />
        </div>
      </SharedFields>
      <AlbumItems initial={album?.items ?? []} videos={videos} errors={errors("items")} />
    </DirectoryForm>
  );
}
