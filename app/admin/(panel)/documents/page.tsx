import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { DirectoryListPage } from "@/components/admin/directory/list-page";
import { DocumentsTable } from "@/components/admin/documents/documents-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getPageOptions, listDocuments } from "@/lib/documents/admin-queries";
import { documentsListQuery } from "@/lib/zod/documents";

export async function generateMetadata() {
  return titleMetadata("AdminDocuments.title");
}

export default async function DocumentsPage({ searchParams }: PageProps<"/admin/documents">) {
  await requirePageUser("structure.edit");
  const query = documentsListQuery.parse(await searchParams);
  const [t, pages, { rows, total }] = await Promise.all([getTranslations("AdminDocuments"), getPageOptions(), listDocuments(query)]);
  const pageFilter = [{ value: "none", label: t("noPage") }, ...pages.map((p) => ({ value: p.id, label: p.path }))];
  const filters = [{ name: "on", label: t("pageFilter"), value: query.on, options: pageFilter }];
  return (
    <DirectoryListPage basePath="/admin/documents" title={t("title")} newLabel={t("new")} q={query.q} filters={filters} page={query.page} total={total}>
      <DocumentsTable rows={rows} />
    </DirectoryListPage>
  );
}
