import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { PageEditor } from "@/components/admin/pages/page-editor";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getAdminPage } from "@/lib/pages/admin-queries";

export async function generateMetadata() {
  return titleMetadata("AdminPages.title");
}

export default async function AdminPageEditPage({ params }: PageProps<"/admin/pages/[id]">) {
  const user = await requirePageUser("structure.edit");
  const [{ id }, t] = await Promise.all([params, getTranslations("AdminPages")]);
  const page = await getAdminPage(id);
  if (!page) notFound();
  return (
    <>
      <EditHeader title={t("editTitle", { path: page.path })} backHref="/admin/pages" />
      <p className="mb-4 text-sm text-slate-700">{t("pathNote", { path: page.path })}</p>
      <PageEditor page={page} canPublish={can(user.role, "content.publish")} />
    </>
  );
}
