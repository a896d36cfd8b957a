import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { AlbumForm } from "@/components/admin/gallery/album-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getAlbumForEdit } from "@/lib/gallery/admin-queries";
import { videoOptions } from "@/lib/media/admin-queries";
import { localesFrom } from "@/i18n/routing";

export const generateMetadata = titleMetadata("AdminGallery.edit");

export default async function EditAlbumPage({ params, searchParams }: PageProps<"/admin/gallery/[id]">) {
  const user = await requirePageUser("structure.edit");
  const [{ id }, { created }, t] = await Promise.all([params, searchParams, getTranslations("AdminGallery")]);
  const [album, videos] = await Promise.all([getAlbumForEdit(id), videoOptions(localesFrom(await getLocale())[0])]);
  if (!album) notFound();
  return (
    <>
      <EditHeader title={t("edit")} name={(l) => album.translations[l].title} backHref="/admin/gallery" created={created === "1"} />
      <AlbumForm key={album.id} album={album} videos={videos} canPublish={can(user.role, "content.publish")} />
    </>
  );
}
