import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { DirectoryListPage } from "@/components/admin/directory/list-page";
import { AlbumsTable } from "@/components/admin/gallery/albums-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listAlbums } from "@/lib/gallery/admin-queries";
import { albumStatuses, galleryListQuery } from "@/lib/zod/gallery";

export async function generateMetadata() {
  return titleMetadata("AdminGallery.title");
}

export default async function GalleryPage({ searchParams }: PageProps<"/admin/gallery">) {
  await requirePageUser("structure.edit");
  const query = galleryListQuery.parse(await searchParams);
  const [t, { rows, total }] = await Promise.all([getTranslations("AdminGallery"), listAlbums(query)]);
  const filters = [
    { name: "status", label: t("statusFilter"), value: query.status, options: albumStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })) },
  ];
  return (
    <DirectoryListPage basePath="/admin/gallery" title={t("title")} newLabel={t("new")} q={query.q} filters={filters} page={query.page} total={total}>
      <AlbumsTable rows={rows} />
    </DirectoryListPage>
  );
}
