import { getTranslations } from "next-intl/server";
import { AdminTable, EditLink } from "@/components/admin/admin-table";
import { LocaleCell } from "@/components/admin/directory/list-parts";
import type { PersonRow } from "@/lib/people/admin-queries";

export async function PeopleTable({ rows }: { rows: PersonRow[] }) {
  const t = await getTranslations("AdminPeople");
  const columns = [
    {
      header: t("nameRu"),
      cell: (p: PersonRow) => (
        <EditLink href={`/admin/people/${p.id}`}>
          <LocaleCell value={p.names.ru} />
        </EditLink>
      ),
    },
    { header: t("nameEn"), lang: "en", cell: (p: PersonRow) => <LocaleCell value={p.names.en} /> },
    { header: t("boards"), cell: (p: PersonRow) => p.boards.map((m) => t("boardAt", { board: t(`board.${m.board}`), position: m.position })).join("; ") },
  ];
  return <AdminTable columns={columns} rows={rows} />;
}
