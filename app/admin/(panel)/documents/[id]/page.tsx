import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { DocumentForm } from "@/components/admin/documents/document-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getDocumentForEdit, getFileOptions, getPageOptions } from "@/lib/documents/admin-queries";
import { localesFrom } from "@/i18n/routing";

type Props = PageProps<"/admin/documents/[id]">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminDocuments"))("edit") };
}

export default async function EditDocumentPage({ params, searchParams }: Props) {
  await requirePageUser("structure.edit");
  const [{ id }, { created }, t] = await Promise.all([params, searchParams, getTranslations("AdminDocuments")]);
  const document = await getDocumentForEdit(id);
  if (!document) notFound();
  // The heading names the record in the UI's language when it has that translation.
  const [first, second] = localesFrom(await getLocale());
  const [files, pages] = await Promise.all([getFileOptions(document.fileId), getPageOptions()]);
  return (
    <>
      <EditHeader
        title={document.translations[first].title || document.translations[second].title || t("edit")}
        backHref="/admin/documents"
        created={created === "1"}
      />
      <DocumentForm key={document.id} document={document} files={files} pages={pages} />
    </>
  );
}
