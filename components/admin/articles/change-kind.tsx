"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldErrors } from "../form-messages";
import { inputClass } from "../field";

// Asked only of a published text: readers see a dated note of an update, nothing of a typo fix.
// The parent remounts it after each save, so the next save starts as a minor one again.
export function ChangeKind({ locale, errors }: { locale: string; errors?: string[] }) {
  const t = useTranslations("AdminEditor.change");
  const [kind, setKind] = useState<"minor" | "update">("minor");
  const id = `update-note-${locale}`;
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-slate-200 p-3 text-sm">
      <legend className="px-1 font-medium">{t("legend")}</legend>
      {(["minor", "update"] as const).map((k) => (
        <label key={k} className="flex items-start gap-2">
          <input type="radio" name="change" value={k} checked={kind === k} onChange={() => setKind(k)} className="mt-1" />
          {t(k)}
        </label>
      ))}
      {kind === "update" && (
        <div className="flex flex-col gap-1">
          <label htmlFor={id}>{t("note")}</label>
          <textarea
            id={id}
            name="updateNote"
            rows={2}
            maxLength={500}
            required
            aria-invalid={!!errors?.length}
            aria-describedby={`${id}-hint ${id}-errors`}
            className={inputClass}
          />
          <span id={`${id}-hint`} className="text-xs text-slate-600">
            {t("noteHint")}
          </span>
        </div>
      )}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </fieldset>
  );
}
