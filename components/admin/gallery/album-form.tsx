"use client";
import { useTranslations } from "next-intl";
import { TextArea, TextField } from "@/components/admin/directory/fields";
import { LocaleColumns } from "@/components/admin/directory/locale-columns";
import { RecordIdentity, SaveBar } from "@/components/admin/directory/save-bar";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import { FieldErrors } from "@/components/admin/form-messages";
import { MediaField } from "@/components/admin/media/media-picker";
import { saveAlbumAction } from "@/lib/actions/gallery";
import type { AlbumEdit } from "@/lib/gallery/admin-queries";
import type { VideoOption } from "../media/video-select";
import { AlbumItems } from "./album-items";
import { StatusField } from "./status-field";

export function AlbumForm({ album, canPublish, videos }: { album?: AlbumEdit; canPublish: boolean; videos: VideoOption[] }) {
  const t = useTranslations("AdminGallery");
  const { state, pending, onSubmit, errors, version } = useSaveForm(saveAlbumAction, {
    version: album?.version ?? 0,
    editPath: album ? undefined : (id) => `/admin/gallery/${id}`,
  });
  const tr = album?.translations;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-5xl flex-col gap-6">
      <RecordIdentity id={album?.id} version={version} />
      <LocaleColumns>
        {(l) => (
          <>
            <TextField
              name={`${l}.title`}
              label={t("albumTitle")}
              defaultValue={tr?.[l].title}
              maxLength={300}
              lang={l}
              errors={errors(`translations.${l}.title`)}
            />
            <TextField
              name={`${l}.slug`}
              label={t("slug")}
              hint={t("slugHint")}
              defaultValue={tr?.[l].slug}
              maxLength={120}
              errors={errors(`translations.${l}.slug`)}
            />
            <TextArea
              name={`${l}.description`}
              label={t("description")}
              defaultValue={tr?.[l].description}
              maxLength={5000}
              lang={l}
              errors={errors(`translations.${l}.description`)}
            />
            <StatusField locale={l} defaultValue={tr?.[l].status ?? "draft"} canPublish={canPublish} errors={errors(`translations.${l}.status`)} />
          </>
        )}
      </LocaleColumns>
      <div className="grid grid-cols-1 gap-4 rounded border border-slate-200 bg-white p-4 md:grid-cols-2">
        <TextField name="takenAt" type="date" label={t("takenAt")} defaultValue={album?.takenAt} errors={errors("takenAt")} />
        <div className="flex flex-col gap-1">
          <MediaField name="coverId" label={t("cover")} defaultValue={album?.cover ?? null} />
          <p className="text-xs text-slate-600">{t("coverHint")}</p>
          <FieldErrors id="coverId-errors" errors={errors("coverId")} />
        </div>
      </div>
      <AlbumItems initial={album?.items ?? []} videos={videos} errors={errors("items")} />
      <SaveBar state={state} pending={pending} />
    </form>
  );
}
