"use client";
import { useTranslations } from "next-intl";
import { LocaleTextForm } from "@/components/admin/translation/locale-text-form";
import type { FormState } from "@/lib/actions/form-state";
import { saveRegionTranslationAction } from "@/lib/actions/regions";
import type { AdminRegionTranslation } from "@/lib/regions/admin-queries";
import type { Locale } from "@/i18n/routing";
import { limits } from "@/lib/zod/translation";

type Props = { regionId: string; locale: Locale; translation: AdminRegionTranslation | null; version: number; onSaved: (state: FormState) => void };

// One locale of a region, saved on its own; the version is the region's (see RegionEditor).
export function RegionTranslationForm({ regionId, locale, translation, version, onSaved }: Props) {
  const t = useTranslations("AdminRegions");
  return (
    <LocaleTextForm
      entity="region"
      ownerId={regionId}
      locale={locale}
      action={saveRegionTranslationAction}
      values={translation}
      fields={[
        { name: "name", label: t("fields.name"), maxLength: limits.name, required: true },
        { name: "capital", label: t("fields.capital"), maxLength: limits.capital },
        { name: "summary", label: t("fields.summary"), kind: "box", maxLength: limits.summary },
        { name: "profile", label: t("fields.profile"), kind: "body" },
      ]}
      header={{ status: null, state: translation ? "present" : "missing" }}
      version={{ shared: version }}
      onSaved={onSaved}
    />
  );
}
