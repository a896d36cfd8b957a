import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { DocumentForm } from "@/components/admin/documents/document-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getFileOptions, getPageOptions } from "@/lib/documents/admin-queries";

export async function generateMetadata() {
  return titleMetadata("AdminDocuments.new");
}

export default async function NewDocumentPage() {
  await requirePageUser("structure.edit");
  const [t, files, pages] = await Promise.all([getTranslations("AdminDocuments"), getFileOptions(), getPageOptions()]);
  return (
    <>
      <EditHeader title={t("new")} backHref="/admin/documents" />
      <DocumentForm files={files} pages={pages} />
    </>
  );
}
