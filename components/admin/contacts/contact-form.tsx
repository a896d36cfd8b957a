"use client";
import { useTranslations } from "next-intl";
import { SelectField, TextArea, TextField } from "@/components/admin/directory/fields";
import { LocaleColumns } from "@/components/admin/directory/locale-columns";
import { RecordIdentity, SaveBar } from "@/components/admin/directory/save-bar";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import { saveContactAction } from "@/lib/actions/contacts";
import type { ContactEdit } from "@/lib/contacts/admin-queries";
import { contactKinds } from "@/lib/zod/contacts";

export function ContactForm({ contact }: { contact?: ContactEdit }) {
  const t = useTranslations("AdminContacts");
  const { state, pending, onSubmit, errors, version } = useSaveForm(saveContactAction, {
    version: contact?.version ?? 0,
    editPath: contact ? undefined : (id) => `/admin/contacts/${id}`,
  });
  const tr = contact?.translations;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-5xl flex-col gap-6">
      <RecordIdentity id={contact?.id} version={version} />
      <div className="grid grid-cols-1 gap-4 rounded border border-slate-200 bg-white p-4 md:grid-cols-2">
        <SelectField
          name="kind"
          label={t("kind")}
          defaultValue={contact?.kind ?? "press"}
          errors={errors("kind")}
          options={contactKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <TextField
          name="position"
          type="number"
          label={t("position")}
          hint={t("positionHint")}
          defaultValue={contact?.position ?? 0}
          errors={errors("position")}
        />
        <TextField name="email" type="email" label={t("email")} defaultValue={contact?.email} maxLength={200} errors={errors("email")} />
        <TextField name="phone" type="tel" label={t("phone")} defaultValue={contact?.phone} maxLength={40} errors={errors("phone")} />
      </div>
      <LocaleColumns>
        {(l) => (
          <>
            <TextField name={`${l}.name`} label={t("name")} defaultValue={tr?.[l].name} maxLength={200} lang={l} errors={errors(`translations.${l}.name`)} />
            <TextArea
              name={`${l}.address`}
              label={t("address")}
              defaultValue={tr?.[l].address}
              rows={3}
              maxLength={500}
              lang={l}
              errors={errors(`translations.${l}.address`)}
            />
          </>
        )}
      </LocaleColumns>
      <SaveBar state={state} pending={pending} />
    </form>
  );
}
