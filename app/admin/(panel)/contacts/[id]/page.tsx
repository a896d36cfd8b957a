import { getTranslations } from "next-intl/server";
import { loadForEdit } from "@/app/admin/(panel)/load-for-edit";
import { titleMetadata } from "@/app/admin/metadata";
import { ContactForm } from "@/components/admin/contacts/contact-form";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { getContactForEdit } from "@/lib/contacts/admin-queries";

export async function generateMetadata() {
  return titleMetadata("AdminContacts.edit");
}

export default async function EditContactPage(props: PageProps<"/admin/contacts/[id]">) {
  const [{ record: contact, created }, t] = await Promise.all([loadForEdit(props, getContactForEdit), getTranslations("AdminContacts")]);
  return (
    <>
      <EditHeader title={t("edit")} name={(l) => contact.translations[l].name} backHref="/admin/contacts" created={created} />
      <ContactForm key={contact.id} contact={contact} />
    </>
  );
}
