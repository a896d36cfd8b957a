"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/admin/translation/fields";
import { SaveRow } from "@/components/admin/translation/save-row";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import type { FormState } from "@/lib/actions/form-state";
import { saveRegionCompetenciesAction } from "@/lib/actions/regions";

type Props = { regionId: string; selected: string[]; options: { id: string; name: string }[]; version: number; onSaved: (state: FormState) => void };

export function RegionCompetenciesForm({ regionId, selected, options, version, onSaved }: Props) {
  const t = useTranslations("AdminRegions");
  const { state, pending, onSubmit, errors } = useSaveForm(saveRegionCompetenciesAction, { onSaved });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4">
      <input type="hidden" name="regionId" value={regionId} />
      <input type="hidden" name="version" value={version} />
      <CheckboxGroup
        id="region-competencies"
        name="competencyIds"
        legend={t("competencies")}
        options={options}
        defaultValue={selected}
        errors={errors("competencyIds")}
      />
      <p className="text-sm text-slate-700">{t("competenciesNote")}</p>
      <SaveRow state={state} pending={pending} label={t("saveCompetencies")} />
    </form>
  );
}
