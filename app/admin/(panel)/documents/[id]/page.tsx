import { getTranslations } from "next-intl/server";
import { loadForEdit } from "@/app/admin/(panel)/load-for-edit";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { DocumentForm } from "@/components/admin/documents/document-form";
import { getDocumentForEdit, getFileOptions, getPageOptions } from "@/lib/documents/admin-queries";

export async function generateMetadata() {
  return titleMetadata("AdminDocuments.edit");
}

export default async function EditDocumentPage(props: PageProps<"/admin/documents/[id]">) {
  const { record: document, created } = await loadForEdit(props, getDocumentForEdit);
  const [t, files, pages] = await Promise.all([getTranslations("AdminDocuments"), getFileOptions(document.fileId), getPageOptions()]);
  return (
    <>
      <EditHeader title={t("edit")} name={(l) => document.translations[l].title} backHref="/admin/documents" created={created} />
      <DocumentForm key={document.id} document={document} files={files} pages={pages} />
    </>
  );
}
