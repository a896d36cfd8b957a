"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { createRatingEditionAction } from "@/lib/actions/ratings";
import { RATING_YEAR_MAX, RATING_YEAR_MIN } from "@/lib/zod/ratings";
import { FormHeader } from "../form-header";
import { submitAsTyped } from "../submit-as-typed";
import { Field } from "../field";
import { SubmitButton } from "../save/submit-button";
import { SelectOptions } from "@/components/select-options";

type ProgramOption = { id: string; title: string; isDemo: boolean };
const input = "rounded border border-slate-300 bg-white px-2 py-1.5";

// On success the action opens the new edition; on a refusal everything typed stays.
export function CreateEditionForm({ programs }: { programs: ProgramOption[] }) {
  const t = useTranslations("AdminRatings.create");
  const [state, action, pending] = useActionState(createRatingEditionAction, initialFormState);
  const [programId, setProgramId] = useState(programs.length === 1 ? programs[0]!.id : "");
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [isDemo, setIsDemo] = useState(false);
  const errors = state.fieldErrors ?? {};
  return (
    <form
      noValidate
      onSubmit={submitAsTyped(action, (formData) => {
        formData.set("programId", programId);
        formData.set("year", year);
        if (isDemo) formData.set("isDemo", "on");
      })}
      aria-labelledby="create-edition-heading"
      className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4"
    >
      <FormHeader id="create-edition-heading" title={t("heading")} state={state} />
      <div className="flex flex-wrap items-start gap-4">
        <Field id="edition-program" label={t("program")} errors={errors.programId}>
          <select
            id="edition-program"
            value={programId}
            onChange={(e) => {
              setProgramId(e.target.value);
              setIsDemo(programs.find((p) => p.id === e.target.value)?.isDemo ?? false);
            }}
            className={input}
            aria-describedby="edition-program-errors"
            aria-invalid={errors.programId ? true : undefined}
          >
            <option value="">{t("chooseProgram")}</option>
            <SelectOptions options={programs.map((p) => ({ value: p.id, label: p.title }))} />
          </select>
        </Field>
        <Field id="edition-year" label={t("year")} errors={errors.year}>
          <input
            id="edition-year"
            type="number"
            min={RATING_YEAR_MIN}
            max={RATING_YEAR_MAX}
            value={year}
            onChange={(e) => setYear(e.target.value)}
            className={`${input} w-28`}
            aria-describedby="edition-year-hint edition-year-errors"
            aria-invalid={errors.year ? true : undefined}
          />
          <span id="edition-year-hint" className="max-w-xs text-slate-600">
            {t("yearHint")}
          </span>
        </Field>
        <label className="flex items-center gap-2 self-center text-sm">
          <input type="checkbox" checked={isDemo} onChange={(e) => setIsDemo(e.target.checked)} />
          {t("isDemo")}
        </label>
      </div>
      <p className="text-sm text-slate-600">{t("note")}</p>
      <div>
        <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("pending")} />
      </div>
    </form>
  );
}
