import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { AlbumForm } from "@/components/admin/gallery/album-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminGallery"))("new") };
}

export default async function NewAlbumPage() {
  const user = await requirePageUser("structure.edit");
  const t = await getTranslations("AdminGallery");
  return (
    <>
      <EditHeader title={t("new")} backHref="/admin/gallery" />
      <AlbumForm canPublish={can(user.role, "content.publish")} />
    </>
  );
}
