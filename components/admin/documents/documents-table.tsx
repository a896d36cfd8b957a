import { getTranslations } from "next-intl/server";
import { AdminTable, EditLink } from "@/components/admin/admin-table";
import { LocaleCell } from "@/components/admin/directory/list-parts";
import type { DocumentRow } from "@/lib/documents/admin-queries";

export async function DocumentsTable({ rows }: { rows: DocumentRow[] }) {
  const t = await getTranslations("AdminDocuments");
  const columns = [
    {
      header: t("titleRu"),
      cell: (d: DocumentRow) => (
        <EditLink href={`/admin/documents/${d.id}`}>
          <LocaleCell value={d.titles.ru} />
        </EditLink>
      ),
    },
    { header: t("titleEn"), lang: "en", cell: (d: DocumentRow) => <LocaleCell value={d.titles.en} /> },
    { header: t("page"), cell: (d: DocumentRow) => d.pagePath ?? t("noPage") },
    { header: t("position"), cell: (d: DocumentRow) => d.position },
    { header: t("file"), className: "break-all", cell: (d: DocumentRow) => d.fileName },
  ];
  return <AdminTable columns={columns} rows={rows} />;
}
