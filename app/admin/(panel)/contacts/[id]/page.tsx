import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { ContactForm } from "@/components/admin/contacts/contact-form";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getContactForEdit } from "@/lib/contacts/admin-queries";

export const generateMetadata = titleMetadata("AdminContacts.edit");

export default async function EditContactPage({ params, searchParams }: PageProps<"/admin/contacts/[id]">) {
  await requirePageUser("structure.edit");
  const [{ id }, { created }, t] = await Promise.all([params, searchParams, getTranslations("AdminContacts")]);
  const contact = await getContactForEdit(id);
  if (!contact) notFound();
  return (
    <>
      <EditHeader title={t("edit")} name={(l) => contact.translations[l].name} backHref="/admin/contacts" created={created === "1"} />
      <ContactForm key={contact.id} contact={contact} />
    </>
  );
}
