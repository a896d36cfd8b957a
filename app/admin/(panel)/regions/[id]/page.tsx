import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { RegionEditor } from "@/components/admin/regions/region-editor";
import { requirePageUser } from "@/lib/auth/page-guard";
import { competencyOptions, getAdminRegion } from "@/lib/regions/admin-queries";

export async function generateMetadata() {
  return titleMetadata("AdminRegions.title");
}

export default async function AdminRegionEditPage({ params }: PageProps<"/admin/regions/[id]">) {
  await requirePageUser("structure.edit");
  const [{ id }, locale, t] = await Promise.all([params, getLocale(), getTranslations("AdminRegions")]);
  const [region, competencies] = await Promise.all([getAdminRegion(id), competencyOptions(locale)]);
  if (!region) notFound();
  const name = (region.translations[locale] ?? region.translations.ru ?? region.translations.en)?.name ?? region.code;
  return (
    <>
      <EditHeader title={t("editTitle", { name })} backHref="/admin/regions" />
      <RegionEditor region={region} competencies={competencies} />
    </>
  );
}
