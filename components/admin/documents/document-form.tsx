"use client";
import { useTranslations } from "next-intl";
import { DirectoryForm, SharedFields, useDirectoryForm } from "@/components/admin/directory/directory-form";
import { PositionField, SelectField, TextArea, TextField } from "@/components/admin/directory/fields";
import { LocaleColumns } from "@/components/admin/directory/locale-columns";
import { saveDocumentAction } from "@/lib/actions/documents";
import type { DocumentEdit, FileOption, PageOption } from "@/lib/documents/admin-queries";
import { FileSelect } from "./file-select";

type Props = { document?: DocumentEdit; files: FileOption[]; pages: PageOption[] };

export function DocumentForm({ document, files, pages }: Props) {
  const t = useTranslations("AdminDocuments");
  const form = useDirectoryForm(saveDocumentAction, document, "/admin/documents");
  const { errors, translated } = form;
  return (
    <DirectoryForm form={form}>
      <LocaleColumns>
        {(l) => (
          <>
            <TextField {...translated(l, "title")} label={t("docTitle")} maxLength={300} lang={l} />
            <TextArea {...translated(l, "description")} label={t("description")} maxLength={2000} lang={l} />
          </>
        )}
      </LocaleColumns>
      <SharedFields>
        <FileSelect files={files} defaultValue={document?.fileId} errors={errors("fileId")} />
        <div className="flex flex-col gap-4">
          <SelectField
            name="pageId"
            label={t("page")}
            defaultValue={document?.pageId ?? ""}
            errors={errors("pageId")}
            options={[{ value: "", label: t("noPage") }, ...pages.map((p) => ({ value: p.id, label: p.path }))]}
          />
          <PositionField label={t("position")} hint={t("positionHint")} defaultValue={document?.position} errors={errors("position")} />
        </div>
      </SharedFields>
    </DirectoryForm>
  );
}
