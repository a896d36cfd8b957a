import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/admin/contacts/contact-form";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getContactForEdit } from "@/lib/contacts/admin-queries";
import { localesFrom } from "@/i18n/routing";

type Props = PageProps<"/admin/contacts/[id]">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminContacts"))("edit") };
}

export default async function EditContactPage({ params, searchParams }: Props) {
  await requirePageUser("structure.edit");
  const [{ id }, { created }, t] = await Promise.all([params, searchParams, getTranslations("AdminContacts")]);
  const contact = await getContactForEdit(id);
  if (!contact) notFound();
  // The heading names the record in the UI's language when it has that translation.
  const [first, second] = localesFrom(await getLocale());
  return (
    <>
      <EditHeader
        title={contact.translations[first].name || contact.translations[second].name || t("edit")}
        backHref="/admin/contacts"
        created={created === "1"}
      />
      <ContactForm key={contact.id} contact={contact} />
    </>
  );
}
