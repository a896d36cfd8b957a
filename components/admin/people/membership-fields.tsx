"use client";
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/admin/form-messages";
import { boardValues, type BoardValue } from "@/lib/zod/people";

type Membership = { member: boolean; position: number };

// One row per board: membership, and the place in that board's public list (smaller first).
export function MembershipFields({ memberships, errors }: { memberships?: Record<BoardValue, Membership>; errors: (field: string) => string[] | undefined }) {
  const t = useTranslations("AdminPeople");
  return (
    <fieldset className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 text-sm">
      <legend className="px-1 font-semibold text-brand-900">{t("boards")}</legend>
      <p className="text-slate-600">{t("boardsHint")}</p>
      {boardValues.map((board) => {
        const m = memberships?.[board];
        const positionId = `board-position-${board}`;
        const fieldErrors = errors(`memberships.${board}.position`);
        return (
          <div key={board} className="flex flex-wrap items-center gap-4">
            <label className="flex min-w-56 items-center gap-2">
              <input type="checkbox" name={`board.${board}`} defaultChecked={m?.member ?? false} />
              {t(`board.${board}`)}
            </label>
            <label htmlFor={positionId} className="flex items-center gap-2">
              {t("boardPosition")}
              <input
                id={positionId}
                type="number"
                min={0}
                max={9999}
                name={`boardPosition.${board}`}
                defaultValue={m?.position ?? 0}
                aria-invalid={!!fieldErrors?.length}
                aria-describedby={`${positionId}-errors`}
                className="w-24 rounded border border-slate-300 px-2 py-1"
              />
            </label>
            <FieldErrors id={`${positionId}-errors`} errors={fieldErrors} />
          </div>
        );
      })}
    </fieldset>
  );
}
