import { getLocale, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { localesFrom } from "@/i18n/routing";
import { videoOptions } from "@/lib/media/admin-queries";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { AlbumForm } from "@/components/admin/gallery/album-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";

export async function generateMetadata() {
  return titleMetadata("AdminGallery.new");
}

export default async function NewAlbumPage() {
  const user = await requirePageUser("structure.edit");
  const [t, videos] = await Promise.all([getTranslations("AdminGallery"), videoOptions(localesFrom(await getLocale())[0])]);
  return (
    <>
      <EditHeader title={t("new")} backHref="/admin/gallery" />
      <AlbumForm videos={videos} canPublish={can(user.role, "content.publish")} />
    </>
  );
}
