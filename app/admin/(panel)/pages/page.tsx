import { getLocale, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { DirectoryListPage } from "@/components/admin/directory/list-page";
import { PageTable } from "@/components/admin/pages/page-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listAdminPages } from "@/lib/pages/admin-queries";
import { pageListQuery, pageSections } from "@/lib/zod/pages";

export async function generateMetadata() {
  return titleMetadata("AdminPages.title");
}

export default async function AdminPagesPage({ searchParams }: PageProps<"/admin/pages">) {
  await requirePageUser("structure.edit");
  const [query, locale, t] = await Promise.all([searchParams.then((p) => pageListQuery.parse(p)), getLocale(), getTranslations("AdminPages")]);
  const list = await listAdminPages(locale, query);
  const filters = [{ name: "section", label: t("section"), value: query.section, options: pageSections.map((s) => ({ value: s, label: t(`sections.${s}`) })) }];
  return (
    <DirectoryListPage basePath="/admin/pages" title={t("title")} intro={t("intro")} q={query.q} filters={filters} page={list.page} total={list.total}>
      <PageTable items={list.items} />
    </DirectoryListPage>
  );
}
