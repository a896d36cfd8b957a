import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { DocumentForm } from "@/components/admin/documents/document-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getDocumentForEdit, getFileOptions, getPageOptions } from "@/lib/documents/admin-queries";

export const generateMetadata = titleMetadata("AdminDocuments.edit");

export default async function EditDocumentPage({ params, searchParams }: PageProps<"/admin/documents/[id]">) {
  await requirePageUser("structure.edit");
  const [{ id }, { created }, t] = await Promise.all([params, searchParams, getTranslations("AdminDocuments")]);
  const document = await getDocumentForEdit(id);
  if (!document) notFound();
  const [files, pages] = await Promise.all([getFileOptions(document.fileId), getPageOptions()]);
  return (
    <>
      <EditHeader title={t("edit")} name={(l) => document.translations[l].title} backHref="/admin/documents" created={created === "1"} />
      <DocumentForm key={document.id} document={document} files={files} pages={pages} />
    </>
  );
}
