import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm, Pager } from "@/components/admin/directory/list-parts";
import { RegionTable } from "@/components/admin/regions/region-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listAdminRegions } from "@/lib/regions/admin-queries";
import { regionListQuery } from "@/lib/zod/regions";

type Props = PageProps<"/admin/regions">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminRegions"))("title") };
}

export default async function AdminRegionsPage({ searchParams }: Props) {
  await requirePageUser("structure.edit");
  const [query, locale, t] = await Promise.all([searchParams.then((p) => regionListQuery.parse(p)), getLocale(), getTranslations("AdminRegions")]);
  const list = await listAdminRegions(locale, query);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <FilterForm q={query.q} />
      <RegionTable items={list.items} />
      <Pager basePath="/admin/regions" filter={{ q: query.q }} page={list.page} total={list.total} />
    </>
  );
}
