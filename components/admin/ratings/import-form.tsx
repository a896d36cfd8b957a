"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { importRatingCsvAction } from "@/lib/actions/ratings";
import type { AdminEntryRow } from "@/lib/ratings/admin-queries";
import type { CsvIssue } from "@/lib/ratings/import";
import { RATING_CSV_MAX_BYTES } from "@/lib/zod/ratings";
import { Field } from "../field";
import { FormError } from "../form-messages";
import { submitAsTyped } from "../submit-as-typed";
import { ImportIssues } from "./import-issues";
import { SaveButton } from "../save/save-button";

type Props = { editionId: string; version: number; templateHref: string; onImported: (version: number, rows: AdminEntryRow[]) => void };

export function ImportForm({ editionId, version, templateHref, onImported }: Props) {
  const t = useTranslations("AdminRatings.import");
  const [state, action, pending] = useActionState(async (prev: FormState, formData: FormData) => {
    const next = await importRatingCsvAction(prev, formData);
    if (next.ok && next.version) onImported(next.version, (next.data?.rows as AdminEntryRow[] | undefined) ?? []);
    return next;
  }, initialFormState);
  // An oversized file is refused here, before its bytes travel to the server.
  const [local, setLocal] = useState<FormState | null>(null);
  const shown = local ?? state;
  const issues = (shown.data?.issues as CsvIssue[] | undefined) ?? [];
  const total = Number(shown.data?.total ?? issues.length);
  const imported = shown.ok ? ((shown.data?.rows as unknown[] | undefined)?.length ?? 0) : null;
  return (
    <form
      noValidate
      onSubmit={submitAsTyped(action, (formData) => {
        const file = formData.get("file");
        if (file instanceof File && file.size > RATING_CSV_MAX_BYTES) {
          setLocal({ fieldErrors: { file: ["csv.tooLarge"] } });
          return false;
        }
        setLocal(null);
        formData.set("editionId", editionId);
        formData.set("version", String(version));
      })}
      aria-labelledby="import-heading"
      className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4"
    >
      <h2 id="import-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("help")}</p>
      <p>
        <a href={templateHref} download className="text-sm text-link">
          {t("template")}
        </a>
      </p>
      <FormError state={shown} />
      <ImportIssues issues={issues} total={total} />
      <Field id="import-file" label={t("file")} errors={shown.fieldErrors?.file}>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv,text/plain"
          required
          className="text-sm"
          aria-describedby="import-warning import-file-errors"
        />
      </Field>
      <p id="import-warning" className="text-sm text-amber-900">
        {t("warning")}
      </p>
      <SaveButton
        pending={pending}
        label={t("submit")}
        pendingLabel={t("pending")}
        status={imported !== null && !pending ? t("done", { count: imported }) : ""}
      />
    </form>
  );
}
