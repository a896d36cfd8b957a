import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyRow, LocaleCell } from "@/components/admin/directory/list-parts";
import type { DocumentRow } from "@/lib/documents/admin-queries";

export async function DocumentsTable({ rows }: { rows: DocumentRow[] }) {
  const t = await getTranslations("AdminDocuments");
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("titleRu")}</th>
            <th scope="col" className="px-3 py-2">{t("titleEn")}</th>
            <th scope="col" className="px-3 py-2">{t("page")}</th>
            <th scope="col" className="px-3 py-2">{t("position")}</th>
            <th scope="col" className="px-3 py-2">{t("file")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? <EmptyRow colSpan={5} /> : rows.map((d) => (
            <tr key={d.id} className="border-t border-slate-200">
              <td className="px-3 py-2"><Link href={`/admin/documents/${d.id}`} className="text-brand-700 hover:underline"><LocaleCell value={d.titles.ru} /></Link></td>
              <td className="px-3 py-2" lang="en"><LocaleCell value={d.titles.en} /></td>
              <td className="px-3 py-2">{d.pagePath ?? t("noPage")}</td>
              <td className="px-3 py-2">{d.position}</td>
              <td className="px-3 py-2 break-all">{d.fileName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
