import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/admin/contacts/contact-form";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getContactForEdit } from "@/lib/contacts/admin-queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminContacts"))("edit") };
}

export default async function EditContactPage({ params, searchParams }: Props) {
  await requirePageUser("structure.edit");
  const [{ id }, { created }, t] = await Promise.all([params, searchParams, getTranslations("AdminContacts")]);
  const contact = await getContactForEdit(id);
  if (!contact) notFound();
  return (
    <>
      <EditHeader title={contact.translations.ru.name || contact.translations.en.name || t("edit")} backHref="/admin/contacts" created={created === "1"} />
      <ContactForm key={contact.id} contact={contact} />
    </>
  );
}
