import { getTranslations } from "next-intl/server";
import { AdminTable, nameColumns } from "@/components/admin/admin-table";
import type { DocumentRow } from "@/lib/documents/admin-queries";

export async function DocumentsTable({ rows }: { rows: DocumentRow[] }) {
  const t = await getTranslations("AdminDocuments");
  const columns = [
    ...nameColumns<DocumentRow>([t("titleRu"), t("titleEn")], "/admin/documents", (d, l) => d.titles[l]),
    { header: t("page"), cell: (d: DocumentRow) => d.pagePath ?? t("noPage") },
    { header: t("position"), cell: (d: DocumentRow) => d.position },
    { header: t("file"), className: "break-all", cell: (d: DocumentRow) => d.fileName },
  ];
  return <AdminTable columns={columns} rows={rows} />;
}
