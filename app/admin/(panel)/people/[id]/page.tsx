import { getTranslations } from "next-intl/server";
import { loadForEdit } from "@/app/admin/(panel)/load-for-edit";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { PersonForm } from "@/components/admin/people/person-form";
import { getPersonForEdit } from "@/lib/people/admin-queries";

export async function generateMetadata() {
  return titleMetadata("AdminPeople.edit");
}

export default async function EditPersonPage(props: PageProps<"/admin/people/[id]">) {
  const [{ record: person, created }, t] = await Promise.all([loadForEdit(props, getPersonForEdit), getTranslations("AdminPeople")]);
  return (
    <>
      <EditHeader title={t("edit")} name={(l) => person.translations[l].name} backHref="/admin/people" created={created} />
      <PersonForm key={person.id} person={person} />
    </>
  );
}
