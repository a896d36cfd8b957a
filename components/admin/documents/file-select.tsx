"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FieldErrors } from "@/components/admin/form-messages";
import type { FileOption } from "@/lib/documents/admin-queries";
import { fileTypeLabel, formatFileSize } from "@/lib/media/format";

// A select of uploaded files with a filter box above it: typing narrows the options by
// name, the chosen file stays listed so the selection never silently changes.
export function FileSelect({ files, defaultValue, errors }: { files: FileOption[]; defaultValue?: string; errors?: string[] }) {
  const t = useTranslations("AdminDocuments");
  const locale = useLocale();
  const [filter, setFilter] = useState("");
  const [selected, setSelected] = useState(defaultValue ?? "");
  const needle = filter.trim().toLowerCase();
  const shown = files.filter((f) => f.id === selected || !needle || f.name.toLowerCase().includes(needle));
  return (
    <div className="flex flex-col gap-2 text-sm">
      <label htmlFor="file-filter" className="font-medium">
        {t("fileFilter")}
      </label>
      <input
        id="file-filter"
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        className="rounded border border-slate-300 px-2 py-1.5"
      />
      <label htmlFor="fileId" className="font-medium">
        {t("file")}
      </label>
      <select
        id="fileId"
        name="fileId"
        value={selected}
        onChange={(e) => setSelected(e.target.value)}
        aria-invalid={!!errors?.length}
        aria-describedby="fileId-errors"
        className="rounded border border-slate-300 px-2 py-1.5 aria-invalid:border-red-600"
      >
        <option value="">{t("noFile")}</option>
        {shown.map((f) => (
          <option key={f.id} value={f.id}>{`${f.name} (${fileTypeLabel(f.mimeType)}, ${formatFileSize(f.byteSize, locale)})`}</option>
        ))}
      </select>
      {files.length === 0 ? <p className="text-slate-600">{t("noFilesYet")}</p> : null}
      <FieldErrors id="fileId-errors" errors={errors} />
    </div>
  );
}
