"use client";
import { useLocale, useTranslations } from "next-intl";
import type { AdminEntryRow, RegionOption } from "@/lib/ratings/admin-queries";
import { parseScore } from "@/lib/zod/ratings";
import { FieldErrors } from "../form-messages";

export type EditableRow = AdminEntryRow & { key: number };
type Errors = { regionId?: string[]; rank?: string[]; score?: string[] };
type Props = { n: number; row: EditableRow; regions: RegionOption[]; errors: Errors; onChange: (patch: Partial<EditableRow>) => void; onRemove: () => void };

const input = "rounded border border-slate-300 bg-white px-2 py-1.5 aria-invalid:border-red-600";

// One row of the entries table; every input has its own label for screen readers and
// its errors right below it.
export function EntryRow({ n, row, regions, errors, onChange, onRemove }: Props) {
  const t = useTranslations("AdminRatings.entries");
  const locale = useLocale();
  const id = `entry-${row.key}`;
  const invalid = (e?: string[]) => (e?.length ? true : undefined);
  // Two decimals once the editor leaves the field, with the decimal sign of the UI's language.
  const tidyScore = () => {
    const parsed = parseScore(row.score);
    if ("value" in parsed) onChange({ score: locale === "ru" ? parsed.value.replace(".", ",") : parsed.value });
  };
  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="px-2 py-2 text-slate-600 tabular-nums">{n}</td>
      <td className="px-2 py-2">
        <label htmlFor={`${id}-region`} className="sr-only">
          {t("regionOfRow", { n })}
        </label>
        <select
          id={`${id}-region`}
          value={row.regionId}
          onChange={(e) => onChange({ regionId: e.target.value })}
          className={`${input} max-w-xs`}
          aria-invalid={invalid(errors.regionId)}
          aria-describedby={`${id}-region-errors`}
        >
          <option value="">{t("chooseRegion")}</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({r.code})
            </option>
          ))}
        </select>
        <FieldErrors id={`${id}-region-errors`} errors={errors.regionId} />
      </td>
      <td className="px-2 py-2">
        <label htmlFor={`${id}-rank`} className="sr-only">
          {t("rankOfRow", { n })}
        </label>
        <input
          id={`${id}-rank`}
          inputMode="numeric"
          value={row.rank}
          onChange={(e) => onChange({ rank: e.target.value })}
          className={`${input} w-20`}
          aria-invalid={invalid(errors.rank)}
          aria-describedby={`${id}-rank-errors`}
        />
        <FieldErrors id={`${id}-rank-errors`} errors={errors.rank} />
      </td>
      <td className="px-2 py-2">
        <label htmlFor={`${id}-score`} className="sr-only">
          {t("scoreOfRow", { n })}
        </label>
        <input
          id={`${id}-score`}
          inputMode="decimal"
          value={row.score}
          onChange={(e) => onChange({ score: e.target.value })}
          onBlur={tidyScore}
          className={`${input} w-32`}
          aria-invalid={invalid(errors.score)}
          aria-describedby={`${id}-score-errors entries-hint`}
        />
        <FieldErrors id={`${id}-score-errors`} errors={errors.score} />
      </td>
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
