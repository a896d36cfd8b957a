import { getFormatter, getTranslations } from "next-intl/server";
import { AdminTable, EditLink } from "@/components/admin/admin-table";
import { LocaleCell } from "@/components/admin/directory/list-parts";
import type { AlbumRow } from "@/lib/gallery/admin-queries";

export async function AlbumsTable({ rows }: { rows: AlbumRow[] }) {
  const [t, format] = await Promise.all([getTranslations("AdminGallery"), getFormatter()]);
  const status = (s?: string) => (s === "published" ? t("status.published") : s ? t("status.draft") : "");
  const columns = [
    {
      header: t("titleRu"),
      cell: (a: AlbumRow) => (
        <>
          <EditLink href={`/admin/gallery/${a.id}`}>
            <LocaleCell value={a.translations.ru?.title} />
          </EditLink>
          <span className="block text-xs text-slate-600">{status(a.translations.ru?.status)}</span>
        </>
      ),
    },
    {
      header: t("titleEn"),
      cell: (a: AlbumRow) => (
        <>
          <span lang="en">
            <LocaleCell value={a.translations.en?.title} />
          </span>
          <span className="block text-xs text-slate-600">{status(a.translations.en?.status)}</span>
        </>
      ),
    },
    { header: t("takenAt"), cell: (a: AlbumRow) => (a.takenAt ? format.dateTime(a.takenAt, { dateStyle: "medium", timeZone: "UTC" }) : "—") },
    { header: t("items"), cell: (a: AlbumRow) => a.itemCount },
  ];
  return <AdminTable columns={columns} rows={rows} />;
}
