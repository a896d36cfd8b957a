"use client";
import { useTranslations } from "next-intl";
import { BodyField, TextBox, TextInput } from "@/components/admin/translation/fields";
import { LocaleHeader } from "@/components/admin/translation/locale-header";
import { SaveRow } from "@/components/admin/translation/save-row";
import { useSaveForm } from "@/components/admin/save/use-save-form";
import type { FormState } from "@/lib/actions/form-state";
import { saveRegionTranslationAction } from "@/lib/actions/regions";
import type { AdminRegionTranslation } from "@/lib/regions/admin-queries";
import { emptyRichText } from "@/lib/rich-text/schema";
import type { Locale } from "@/i18n/routing";
import { limits } from "@/lib/zod/translation";

type Props = { regionId: string; locale: Locale; translation: AdminRegionTranslation | null; version: number; onSaved: (state: FormState) => void };

// One locale of a region, saved on its own; the version is the region's (see RegionEditor).
export function RegionTranslationForm({ regionId, locale, translation, version, onSaved }: Props) {
  const t = useTranslations("AdminRegions");
  const tt = useTranslations("AdminTranslation");
  const { state, pending, onSubmit, errors } = useSaveForm(saveRegionTranslationAction, { onSaved });
  const id = (field: string) => `region-${locale}-${field}`;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="regionId" value={regionId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="version" value={version} />
      <LocaleHeader status={null} state={translation ? "present" : "missing"} />
      <TextInput
        id={id("name")}
        name="name"
        label={t("fields.name")}
        defaultValue={translation?.name}
        maxLength={limits.name}
        required
        errors={errors("name")}
      />
      <TextInput
        id={id("capital")}
        name="capital"
        label={t("fields.capital")}
        defaultValue={translation?.capital}
        maxLength={limits.capital}
        errors={errors("capital")}
      />
      <TextBox
        id={id("summary")}
        name="summary"
        label={t("fields.summary")}
        defaultValue={translation?.summary}
        maxLength={limits.summary}
        errors={errors("summary")}
      />
      <BodyField
        id={id("profile")}
        name="profile"
        label={t("fields.profile")}
        defaultValue={translation?.profile ?? emptyRichText}
        errors={errors("profile")}
      />
      <SaveRow state={state} pending={pending} label={tt("saveLocale", { locale: tt(`localeShort.${locale}`) })} />
    </form>
  );
}
