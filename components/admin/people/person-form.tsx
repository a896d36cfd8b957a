"use client";
import { useTranslations } from "next-intl";
import { DirectoryForm, useDirectoryForm } from "@/components/admin/directory/directory-form";
import { TextArea, TextField } from "@/components/admin/directory/fields";
import { LocaleColumns } from "@/components/admin/directory/locale-columns";
import { FieldErrors } from "@/components/admin/form-messages";
import { MediaField } from "@/components/admin/media/media-picker";
import { savePersonAction } from "@/lib/actions/people";
import type { PersonEdit } from "@/lib/people/admin-queries";
import { MembershipFields } from "./membership-fields";

export function PersonForm({ person }: { person?: PersonEdit }) {
  const t = useTranslations("AdminPeople");
  const form = useDirectoryForm(savePersonAction, person, "/admin/people");
  const { errors, translated } = form;
  return (
    <DirectoryForm form={form}>
      <LocaleColumns>
        {(l) => (
          <>
            <TextField {...translated(l, "name")} label={t("name")} maxLength={200} lang={l} />
            <TextField {...translated(l, "position")} label={t("position")} maxLength={300} lang={l} />
            <TextArea {...translated(l, "bio")} label={t("bio")} rows={6} maxLength={5000} lang={l} />
          </>
        )}
      </LocaleColumns>
      <div className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-4">
        <MediaField name="photoId" label={t("photo")} defaultValue={person?.photo ?? null} />
        <FieldErrors id="photoId-errors" errors={errors("photoId")} />
      </div>
      <MembershipFields memberships={person?.memberships} errors={errors} />
    </DirectoryForm>
  );
}
