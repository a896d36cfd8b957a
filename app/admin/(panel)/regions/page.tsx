import { getLocale, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { DirectoryListPage } from "@/components/admin/directory/list-page";
import { RegionTable } from "@/components/admin/regions/region-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listAdminRegions } from "@/lib/regions/admin-queries";
import { regionListQuery } from "@/lib/zod/regions";

export async function generateMetadata() {
  return titleMetadata("AdminRegions.title");
}

export default async function AdminRegionsPage({ searchParams }: PageProps<"/admin/regions">) {
  await requirePageUser("structure.edit");
  const [query, locale, t] = await Promise.all([searchParams.then((p) => regionListQuery.parse(p)), getLocale(), getTranslations("AdminRegions")]);
  const list = await listAdminRegions(locale, query);
  return (
    <DirectoryListPage basePath="/admin/regions" title={t("title")} intro={t("intro")} q={query.q} page={list.page} total={list.total}>
      <RegionTable items={list.items} />
    </DirectoryListPage>
  );
}
