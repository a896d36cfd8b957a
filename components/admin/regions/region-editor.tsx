"use client";
import { useTranslations } from "next-intl";
import { LocaleColumns } from "@/components/admin/directory/locale-columns";
import { useVersion } from "@/components/admin/version-scope";
import type { AdminRegion } from "@/lib/regions/admin-queries";
import { RegionCompetenciesForm } from "./region-competencies-form";
import { RegionTranslationForm } from "./region-translation-form";

type Props = { region: AdminRegion; competencies: { id: string; name: string }[] };

// Three forms that save on their own but share the region's version: each of this page's
// saves moves it by one, so the others follow; a colleague's save makes them stale.
export function RegionEditor({ region, competencies }: Props) {
  const t = useTranslations("AdminRegions");
  const [version, advance] = useVersion(region.version);
  const onSaved = (s: { version?: number }) => advance(s.version);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-slate-700">{t("versionNote")}</p>
      <LocaleColumns>
        {(locale) => (
          <RegionTranslationForm regionId={region.id} locale={locale} translation={region.translations[locale]} version={version} onSaved={onSaved} />
        )}
      </LocaleColumns>
      <RegionCompetenciesForm regionId={region.id} selected={region.competencyIds} options={competencies} version={version} onSaved={onSaved} />
    </div>
  );
}
