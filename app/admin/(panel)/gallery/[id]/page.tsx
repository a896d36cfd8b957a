import { getLocale, getTranslations } from "next-intl/server";
import { loadForEdit } from "@/app/admin/(panel)/load-for-edit";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { AlbumForm } from "@/components/admin/gallery/album-form";
import { can } from "@/lib/auth/roles";
import { getAlbumForEdit } from "@/lib/gallery/admin-queries";
import { videoOptions } from "@/lib/media/admin-queries";
import { localesFrom } from "@/i18n/routing";

export async function generateMetadata() {
  return titleMetadata("AdminGallery.edit");
}

export default async function EditAlbumPage(props: PageProps<"/admin/gallery/[id]">) {
  const { user, record: album, created } = await loadForEdit(props, getAlbumForEdit);
  const [t, videos] = await Promise.all([getTranslations("AdminGallery"), getLocale().then((locale) => videoOptions(localesFrom(locale)[0]))]);
  return (
    <>
      <EditHeader title={t("edit")} name={(l) => album.translations[l].title} backHref="/admin/gallery" created={created} />
      <AlbumForm key={album.id} album={album} videos={videos} canPublish={can(user.role, "content.publish")} />
    </>
  );
}
