import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { ContactForm } from "@/components/admin/contacts/contact-form";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { requirePageUser } from "@/lib/auth/page-guard";

export async function generateMetadata() {
  return titleMetadata("AdminContacts.new");
}

export default async function NewContactPage() {
  await requirePageUser("structure.edit");
  const t = await getTranslations("AdminContacts");
  return (
    <>
      <EditHeader title={t("new")} backHref="/admin/contacts" />
      <ContactForm />
    </>
  );
}
