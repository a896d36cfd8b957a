"use client";
import { useTranslations } from "next-intl";
import { DirectoryForm, SharedFields, useDirectoryForm } from "@/components/admin/directory/directory-form";
import { PositionField, SelectField, TextArea, TextField } from "@/components/admin/directory/fields";
import { LocaleColumns } from "@/components/admin/directory/locale-columns";
import { saveContactAction } from "@/lib/actions/contacts";
import type { ContactEdit } from "@/lib/contacts/admin-queries";
import { contactKinds } from "@/lib/zod/contacts";

export function ContactForm({ contact }: { contact?: ContactEdit }) {
  const t = useTranslations("AdminContacts");
  const form = useDirectoryForm(saveContactAction, contact, "/admin/contacts");
  const { errors, translated } = form;
  return (
    <DirectoryForm form={form}>
      <SharedFields>
        <SelectField
          name="kind"
          label={t("kind")}
          defaultValue={contact?.kind ?? "press"}
          errors={errors("kind")}
          options={contactKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <PositionField label={t("position")} hint={t("positionHint")} defaultValue={contact?.position} errors={errors("position")} />
        <TextField name="email" type="email" label={t("email")} defaultValue={contact?.email} maxLength={200} errors={errors("email")} />
        <TextField name="phone" type="tel" label={t("phone")} defaultValue={contact?.phone} maxLength={40} errors={errors("phone")} />
      </SharedFields>
      <LocaleColumns>
        {(l) => (
          <>
            <TextField {...translated(l, "name")} label={t("name")} maxLength={200} lang={l} />
            <TextArea {...translated(l, "address")} label={t("address")} rows={3} maxLength={500} lang={l} />
          </>
        )}
      </LocaleColumns>
    </DirectoryForm>
  );
}
