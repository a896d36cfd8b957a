import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { PersonForm } from "@/components/admin/people/person-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getPersonForEdit } from "@/lib/people/admin-queries";

export const generateMetadata = titleMetadata("AdminPeople.edit");

export default async function EditPersonPage({ params, searchParams }: PageProps<"/admin/people/[id]">) {
  await requirePageUser("structure.edit");
  const [{ id }, { created }, t] = await Promise.all([params, searchParams, getTranslations("AdminPeople")]);
  const person = await getPersonForEdit(id);
  if (!person) notFound();
  return (
    <>
      <EditHeader title={t("edit")} name={(l) => person.translations[l].name} backHref="/admin/people" created={created === "1"} />
      <PersonForm key={person.id} person={person} />
    </>
  );
}
