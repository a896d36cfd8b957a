import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect, ListHeader, Pager } from "@/components/admin/directory/list-parts";
import { AlbumsTable } from "@/components/admin/gallery/albums-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listAlbums } from "@/lib/gallery/admin-queries";
import { albumStatuses, galleryListQuery } from "@/lib/zod/gallery";

type Props = PageProps<"/admin/gallery">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminGallery"))("title") };
}

export default async function GalleryPage({ searchParams }: Props) {
  await requirePageUser("structure.edit");
  const query = galleryListQuery.parse(await searchParams);
  const [t, { rows, total }] = await Promise.all([getTranslations("AdminGallery"), listAlbums(query)]);
  return (
    <>
      <ListHeader title={t("title")} newHref="/admin/gallery/new" newLabel={t("new")} />
      <FilterForm q={query.q}>
        <FilterSelect
          name="status"
          label={t("statusFilter")}
          value={query.status}
          options={albumStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </FilterForm>
      <AlbumsTable rows={rows} />
      <Pager basePath="/admin/gallery" filter={{ q: query.q, status: query.status }} page={query.page} total={total} />
    </>
  );
}
