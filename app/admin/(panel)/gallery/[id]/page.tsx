import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { AlbumForm } from "@/components/admin/gallery/album-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getAlbumForEdit } from "@/lib/gallery/admin-queries";
import { videoOptions } from "@/lib/media/admin-queries";
import { localesFrom } from "@/i18n/routing";

type Props = PageProps<"/admin/gallery/[id]">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminGallery"))("edit") };
}

export default async function EditAlbumPage({ params, searchParams }: Props) {
  const user = await requirePageUser("structure.edit");
  const [{ id }, { created }, t] = await Promise.all([params, searchParams, getTranslations("AdminGallery")]);
  const [album, videos] = await Promise.all([getAlbumForEdit(id), videoOptions(localesFrom(await getLocale())[0])]);
  if (!album) notFound();
  // The heading names the record in the UI's language when it has that translation.
  const [first, second] = localesFrom(await getLocale());
  return (
    <>
      <EditHeader
        title={album.translations[first].title || album.translations[second].title || t("edit")}
        backHref="/admin/gallery"
        created={created === "1"}
      />
      <AlbumForm key={album.id} album={album} videos={videos} canPublish={can(user.role, "content.publish")} />
    </>
  );
}
