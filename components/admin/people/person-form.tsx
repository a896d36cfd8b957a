"use client";
import { useTranslations } from "next-intl";
import { TextArea, TextField } from "@/components/admin/directory/fields";
import { LocaleColumns } from "@/components/admin/directory/locale-columns";
import { RecordIdentity, SaveBar } from "@/components/admin/directory/save-bar";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import { FieldErrors } from "@/components/admin/form-messages";
import { MediaField } from "@/components/admin/media/media-picker";
import { savePersonAction } from "@/lib/actions/people";
import type { PersonEdit } from "@/lib/people/admin-queries";
import { MembershipFields } from "./membership-fields";

export function PersonForm({ person }: { person?: PersonEdit }) {
  const t = useTranslations("AdminPeople");
  const { state, pending, onSubmit, errors, version } = useSaveForm(savePersonAction, {
    version: person?.version ?? 0,
    editPath: person ? undefined : (id) => `/admin/people/${id}`,
  });
  const tr = person?.translations;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-5xl flex-col gap-6">
      <RecordIdentity id={person?.id} version={version} />
      <LocaleColumns>
        {(l) => (
          <>
            <TextField name={`${l}.name`} label={t("name")} defaultValue={tr?.[l].name} maxLength={200} lang={l} errors={errors(`translations.${l}.name`)} />
            <TextField
              name={`${l}.position`}
              label={t("position")}
              defaultValue={tr?.[l].position}
              maxLength={300}
              lang={l}
              errors={errors(`translations.${l}.position`)}
            />
            <TextArea
              name={`${l}.bio`}
              label={t("bio")}
              defaultValue={tr?.[l].bio}
              rows={6}
              maxLength={5000}
              lang={l}
              errors={errors(`translations.${l}.bio`)}
            />
          </>
        )}
      </LocaleColumns>
      <div className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-4">
        <MediaField name="photoId" label={t("photo")} defaultValue={person?.photo ?? null} />
        <FieldErrors id="photoId-errors" errors={errors("photoId")} />
      </div>
      <MembershipFields memberships={person?.memberships} errors={errors} />
      <SaveBar state={state} pending={pending} />
    </form>
  );
}
