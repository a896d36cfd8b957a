"use client";
import { useLocale, useTranslations } from "next-intl";
import type { AdminEntryRow, RegionOption } from "@/lib/ratings/admin-queries";
import type { ReactNode } from "react";
import { parseScore } from "@/lib/zod/ratings";
import { FieldErrors } from "../form-messages";

export type EditableRow = AdminEntryRow & { key: number };
type Errors = { regionId?: string[]; rank?: string[]; score?: string[] };
type Props = { n: number; row: EditableRow; regions: RegionOption[]; errors: Errors; onChange: (patch: Partial<EditableRow>) => void; onRemove: () => void };

const input = "rounded border border-slate-300 bg-white px-2 py-1.5 aria-invalid:border-red-600";

// One row of the entries table.
export function EntryRow({ n, row, regions, errors, onChange, onRemove }: Props) {
  const t = useTranslations("AdminRatings.entries");
  const locale = useLocale();
  const id = `entry-${row.key}`;
  // Two decimals once the editor leaves the field, with the decimal sign of the UI's language.
  const tidyScore = () => {
    const parsed = parseScore(row.score);
    if ("value" in parsed) onChange({ score: locale === "ru" ? parsed.value.replace(".", ",") : parsed.value });
  };
  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="px-2 py-2 text-slate-600 tabular-nums">{n}</td>
      <FieldCell id={`${id}-region`} label={t("regionOfRow", { n })} errors={errors.regionId}>
        {(a) => (
          <select {...a} value={row.regionId} onChange={(e) => onChange({ regionId: e.target.value })} className={`${input} max-w-xs`}>
            <option value="">{t("chooseRegion")}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} ({r.code})
              </option>
            ))}
          </select>
        )}
      </FieldCell>
      <FieldCell id={`${id}-rank`} label={t("rankOfRow", { n })} errors={errors.rank}>
        {(a) => <input {...a} inputMode="numeric" value={row.rank} onChange={(e) => onChange({ rank: e.target.value })} className={`${input} w-20`} />}
      </FieldCell>
      <FieldCell id={`${id}-score`} label={t("scoreOfRow", { n })} errors={errors.score}>
        {(a) => (
          <input
            {...a}
            aria-describedby={`${a["aria-describedby"]} entries-hint`}
            inputMode="decimal"
            value={row.score}
            onChange={(e) => onChange({ score: e.target.value })}
            onBlur={tidyScore}
            className={`${input} w-32`}
          />
        )}
      </FieldCell>
      <td className="px-2 py-2">
        <button
          type="button"
          onClick={onRemove}
          className="rounded px-2 py-1.5 text-red-800 underline underline-offset-2 hover:bg-red-50"
          aria-label={t("removeRow", { n })}
        >
          {t("remove")}
        </button>
      </td>
    </tr>
  );
}

type InputProps = { id: string; "aria-invalid"?: true; "aria-describedby": string };

// A cell with one input: its label for screen readers, and its errors right below it.
function FieldCell({ id, label, errors, children }: { id: string; label: string; errors?: string[]; children: (input: InputProps) => ReactNode }) {
  return (
    <td className="px-2 py-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      {children({ id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": `${id}-errors` })}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </td>
  );
}
