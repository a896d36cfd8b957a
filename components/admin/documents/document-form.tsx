"use client";
import { useTranslations } from "next-intl";
import { SelectField, TextArea, TextField } from "@/components/admin/directory/fields";
import { LocaleColumns } from "@/components/admin/directory/locale-columns";
import { RecordIdentity, SaveBar } from "@/components/admin/directory/save-bar";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import { saveDocumentAction } from "@/lib/actions/documents";
import type { DocumentEdit, FileOption, PageOption } from "@/lib/documents/admin-queries";
import { FileSelect } from "./file-select";

type Props = { document?: DocumentEdit; files: FileOption[]; pages: PageOption[] };

export function DocumentForm({ document, files, pages }: Props) {
  const t = useTranslations("AdminDocuments");
  const { state, pending, onSubmit, errors, version } = useSaveForm(saveDocumentAction, {
    version: document?.version ?? 0,
    editPath: document ? undefined : (id) => `/admin/documents/${id}`,
  });
  const tr = document?.translations;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-5xl flex-col gap-6">
      <RecordIdentity id={document?.id} version={version} />
      <LocaleColumns>
        {(l) => (
          <>
            <TextField
              name={`${l}.title`}
              label={t("docTitle")}
              defaultValue={tr?.[l].title}
              maxLength={300}
              lang={l}
              errors={errors(`translations.${l}.title`)}
            />
            <TextArea
              name={`${l}.description`}
              label={t("description")}
              defaultValue={tr?.[l].description}
              maxLength={2000}
              lang={l}
              errors={errors(`translations.${l}.description`)}
            />
          </>
        )}
      </LocaleColumns>
      <div className="grid grid-cols-1 gap-4 rounded border border-slate-200 bg-white p-4 md:grid-cols-2">
        <FileSelect files={files} defaultValue={document?.fileId} errors={errors("fileId")} />
        <div className="flex flex-col gap-4">
          <SelectField
            name="pageId"
            label={t("page")}
            defaultValue={document?.pageId ?? ""}
            errors={errors("pageId")}
            options={[{ value: "", label: t("noPage") }, ...pages.map((p) => ({ value: p.id, label: p.path }))]}
          />
          <TextField
            name="position"
            type="number"
            label={t("position")}
            hint={t("positionHint")}
            defaultValue={document?.position ?? 0}
            errors={errors("position")}
          />
        </div>
      </div>
      <SaveBar state={state} pending={pending} />
    </form>
  );
}
