import { getTranslations } from "next-intl/server";
import { AdminTable, nameColumns } from "@/components/admin/admin-table";
import type { PersonRow } from "@/lib/people/admin-queries";

export async function PeopleTable({ rows }: { rows: PersonRow[] }) {
  const t = await getTranslations("AdminPeople");
  const columns = [
    ...nameColumns<PersonRow>([t("nameRu"), t("nameEn")], "/admin/people", (p, l) => p.names[l]),
    { header: t("boards"), cell: (p: PersonRow) => p.boards.map((m) => t("boardAt", { board: t(`board.${m.board}`), position: m.position })).join("; ") },
  ];
  return <AdminTable columns={columns} rows={rows} />;
}
