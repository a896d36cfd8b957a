import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect, ListHeader, Pager } from "@/components/admin/directory/list-parts";
import { DocumentsTable } from "@/components/admin/documents/documents-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getPageOptions, listDocuments } from "@/lib/documents/admin-queries";
import { documentsListQuery } from "@/lib/zod/documents";

type Props = PageProps<"/admin/documents">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminDocuments"))("title") };
}

export default async function DocumentsPage({ searchParams }: Props) {
  await requirePageUser("structure.edit");
  const query = documentsListQuery.parse(await searchParams);
  const [t, pages, { rows, total }] = await Promise.all([getTranslations("AdminDocuments"), getPageOptions(), listDocuments(query)]);
  const pageFilter = [{ value: "none", label: t("noPage") }, ...pages.map((p) => ({ value: p.id, label: p.path }))];
  return (
    <>
      <ListHeader title={t("title")} newHref="/admin/documents/new" newLabel={t("new")} />
      <FilterForm q={query.q}>
        <FilterSelect name="on" label={t("pageFilter")} value={query.on} options={pageFilter} />
      </FilterForm>
      <DocumentsTable rows={rows} />
      <Pager basePath="/admin/documents" filter={{ q: query.q, on: query.on }} page={query.page} total={total} />
    </>
  );
}
