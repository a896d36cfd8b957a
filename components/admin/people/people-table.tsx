import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyRow, LocaleCell } from "@/components/admin/directory/list-parts";
import type { PersonRow } from "@/lib/people/admin-queries";

export async function PeopleTable({ rows }: { rows: PersonRow[] }) {
  const t = await getTranslations("AdminPeople");
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("nameRu")}</th>
            <th scope="col" className="px-3 py-2">{t("nameEn")}</th>
            <th scope="col" className="px-3 py-2">{t("boards")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? <EmptyRow colSpan={3} /> : rows.map((p) => (
            <tr key={p.id} className="border-t border-slate-200">
              <td className="px-3 py-2"><Link href={`/admin/people/${p.id}`} className="text-brand-700 hover:underline"><LocaleCell value={p.names.ru} /></Link></td>
              <td className="px-3 py-2" lang="en"><LocaleCell value={p.names.en} /></td>
              <td className="px-3 py-2">{p.boards.map((m) => t("boardAt", { board: t(`board.${m.board}`), position: m.position })).join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
