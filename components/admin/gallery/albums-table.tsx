import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyRow, LocaleCell } from "@/components/admin/directory/list-parts";
import type { AlbumRow } from "@/lib/gallery/admin-queries";

export async function AlbumsTable({ rows }: { rows: AlbumRow[] }) {
  const [t, format] = await Promise.all([getTranslations("AdminGallery"), getFormatter()]);
  const status = (s?: string) => (s === "published" ? t("status.published") : s ? t("status.draft") : "");
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("titleRu")}</th>
            <th scope="col" className="px-3 py-2">{t("titleEn")}</th>
            <th scope="col" className="px-3 py-2">{t("takenAt")}</th>
            <th scope="col" className="px-3 py-2">{t("items")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? <EmptyRow colSpan={4} /> : rows.map((a) => (
            <tr key={a.id} className="border-t border-slate-200">
              <td className="px-3 py-2">
                <Link href={`/admin/gallery/${a.id}`} className="text-brand-700 hover:underline"><LocaleCell value={a.translations.ru?.title} /></Link>
                <span className="block text-xs text-slate-600">{status(a.translations.ru?.status)}</span>
              </td>
              <td className="px-3 py-2" >
                <span lang="en"><LocaleCell value={a.translations.en?.title} /></span>
                <span className="block text-xs text-slate-600">{status(a.translations.en?.status)}</span>
              </td>
              <td className="px-3 py-2">{a.takenAt ? format.dateTime(a.takenAt, { dateStyle: "medium", timeZone: "UTC" }) : "—"}</td>
              <td className="px-3 py-2">{a.itemCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
