"use client";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/admin/directory/fields";
import type { AlbumStatus } from "@/lib/zod/gallery";

// Without content.publish the status is shown but kept as it is; the server refuses a
// change anyway.
export function StatusField({
  locale,
  defaultValue,
  canPublish,
  errors,
}: {
  locale: string;
  defaultValue: AlbumStatus;
  canPublish: boolean;
  errors?: string[];
}) {
  const t = useTranslations("AdminGallery");
  const name = `${locale}.status`;
  if (!canPublish) {
    return (
      <p className="text-sm">
        <input type="hidden" name={name} value={defaultValue} />
        {t("statusLabel")}: {t(`status.${defaultValue}`)} <span className="text-slate-600">({t("statusNeedsPublish")})</span>
      </p>
    );
  }
  return (
    <SelectField
      name={name}
      label={t("statusLabel")}
      defaultValue={defaultValue}
      errors={errors}
      options={[
        { value: "draft", label: t("status.draft") },
        { value: "published", label: t("status.published") },
      ]}
    />
  );
}
