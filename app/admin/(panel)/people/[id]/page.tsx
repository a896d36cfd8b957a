import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { PersonForm } from "@/components/admin/people/person-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getPersonForEdit } from "@/lib/people/admin-queries";
import { localesFrom } from "@/i18n/routing";

type Props = PageProps<"/admin/people/[id]">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminPeople"))("edit") };
}

export default async function EditPersonPage({ params, searchParams }: Props) {
  await requirePageUser("structure.edit");
  const [{ id }, { created }, t] = await Promise.all([params, searchParams, getTranslations("AdminPeople")]);
  const person = await getPersonForEdit(id);
  if (!person) notFound();
  // The heading names the record in the UI's language when it has that translation.
  const [first, second] = localesFrom(await getLocale());
  return (
    <>
      <EditHeader title={person.translations[first].name || person.translations[second].name || t("edit")} backHref="/admin/people" created={created === "1"} />
      <PersonForm key={person.id} person={person} />
    </>
  );
}
