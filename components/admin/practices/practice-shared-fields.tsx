"use client";
import { useTranslations } from "next-intl";
import { FieldErrors } from "@/components/admin/form-messages";
import { MediaField } from "@/components/admin/media/media-picker";
import { CheckboxGroup, LabelledField } from "@/components/admin/translation/fields";
import type { MediaFieldValue } from "@/lib/media/admin-queries";
import type { PracticeOptions } from "@/lib/practices/admin-queries";
import { SelectOptions } from "@/components/select-options";

type Values = { regionId: string; topicIds: string[]; cover: MediaFieldValue | null };
type Props = { options: PracticeOptions; values: Values; errors: (field: string) => string[] | undefined };

// Region, topics and cover: one set for both languages, used by the editor and the new-practice form.
export function PracticeSharedFields({ options, values, errors }: Props) {
  const t = useTranslations("AdminPractices");
  return (
    <>
      <LabelledField id="practice-region" label={t("fields.regionId")} errors={errors("regionId")}>
        <select
          id="practice-region"
          name="regionId"
          defaultValue={values.regionId}
          required
          aria-describedby="practice-region-errors"
          aria-invalid={!!errors("regionId")?.length}
          className="rounded border border-slate-300 px-2 py-1.5"
        >
          <option value="">{t("chooseRegion")}</option>
          <SelectOptions options={options.regions.map((r) => ({ value: r.id, label: r.name }))} />
        </select>
      </LabelledField>
      <CheckboxGroup
        id="practice-topics"
        name="topicIds"
        legend={t("fields.topicIds")}
        options={options.topics}
        defaultValue={values.topicIds}
        errors={errors("topicIds")}
      />
      <div className="flex flex-col gap-1">
        <MediaField name="coverId" label={t("fields.coverId")} defaultValue={values.cover} />
        <FieldErrors id="practice-cover-errors" errors={errors("coverId")} />
      </div>
    </>
  );
}
