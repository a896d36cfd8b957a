"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { saveRatingEntriesAction } from "@/lib/actions/ratings";
import type { AdminEntryRow, RegionOption } from "@/lib/ratings/admin-queries";
import { TableHead } from "@/components/table-head";
import { FormHeader } from "../form-header";
import { submitAsTyped } from "../submit-as-typed";
import { FieldErrors } from "../form-messages";
import { SubmitButton } from "../save/submit-button";
import { EntryRow, type EditableRow } from "./entry-row";

type Props = { editionId: string; version: number; initialRows: AdminEntryRow[]; regions: RegionOption[]; onSaved: (version: number) => void };

// Rows get keys of their own so removing one keeps the others' inputs and errors in place.
// The keys also name the inputs' ids, so the first render numbers them 1…n on the server and
// in the browser alike (a counter shared across requests made the hydrated ids differ).
const withKeys = (rows: AdminEntryRow[], comma: boolean, firstKey: number): EditableRow[] =>
  rows.map((r, i) => ({ ...r, score: comma ? r.score.replace(".", ",") : r.score, key: firstKey + i }));

// Controlled rows, sent all at once: a refused save keeps every row as typed, and the
// server's errors (by row index) are shown next to the rows that were sent.
export function EntriesTable({ editionId, version, initialRows, regions, onSaved }: Props) {
  const t = useTranslations("AdminRatings.entries");
  const comma = useLocale() === "ru";
  const [rows, setRows] = useState(() => withKeys(initialRows, comma, 1));
  // The next free key; only read and advanced in event handlers and the save action.
  const lastKey = useRef(initialRows.length);
  const takeKeys = (count: number) => {
    const first = lastKey.current + 1;
    lastKey.current += count;
    return first;
  };
  const [sentKeys, setSentKeys] = useState<number[]>([]);
  const [state, action, pending] = useActionState(async (prev: FormState, formData: FormData) => {
    const next = await saveRatingEntriesAction(prev, formData);
    if (next.ok && next.version) {
      const saved = (next.data?.rows as AdminEntryRow[] | undefined) ?? [];
      setRows(withKeys(saved, comma, takeKeys(saved.length)));
      onSaved(next.version);
    }
    return next;
  }, initialFormState);

  const errorsOf = (key: number, field: string) => {
    const i = sentKeys.indexOf(key);
    return i < 0 || state.ok ? undefined : state.fieldErrors?.[`rows.${i}.${field}`];
  };
  const headings = [
    { label: t("number") },
    { label: t("region") },
    { label: t("rank") },
    { label: t("score") },
    { label: <span className="sr-only">{t("remove")}</span> },
  ];
  const update = (key: number, patch: Partial<EditableRow>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <form
      noValidate
      onSubmit={submitAsTyped(action, (formData) => {
        formData.set("editionId", editionId);
        formData.set("version", String(version));
        formData.set("rows", JSON.stringify(rows.map(({ regionId, rank, score }) => ({ regionId, rank, score }))));
        setSentKeys(rows.map((r) => r.key));
      })}
      aria-labelledby="entries-heading"
      className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4"
    >
      <FormHeader id="entries-heading" title={t("heading")} state={state} />
      <FieldErrors id="entries-errors" errors={state.fieldErrors?.rows} />
      <p id="entries-hint" className="text-sm text-slate-600">
        {t("scoreHint")}
      </p>
      {rows.length === 0 ? (
        <p className="text-sm">{t("empty")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <TableHead className="bg-slate-100 text-left" cellClassName="px-2 py-2" headings={headings} />
            <tbody>
              {rows.map((row, i) => (
                <EntryRow
                  key={row.key}
                  n={i + 1}
                  row={row}
                  regions={regions}
                  errors={{ regionId: errorsOf(row.key, "regionId"), rank: errorsOf(row.key, "rank"), score: errorsOf(row.key, "score") }}
                  onChange={(patch) => update(row.key, patch)}
                  onRemove={() => setRows((all) => all.filter((r) => r.key !== row.key))}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm text-slate-700">{t("count", { count: rows.length, total: regions.length })}</p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          disabled={rows.length >= regions.length}
          onClick={() => {
            const key = takeKeys(1);
            setRows((all) => [...all, ...withKeys([{ regionId: "", rank: String(all.length + 1), score: "" }], comma, key)]);
          }}
          className="rounded border border-brand-700 px-4 py-2 text-brand-800 hover:bg-brand-50 disabled:opacity-60"
        >
          {t("add")}
        </button>
        <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
        <p role="status" className="text-sm">
          {state.ok && !pending ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
