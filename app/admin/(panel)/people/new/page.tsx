import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { PersonForm } from "@/components/admin/people/person-form";
import { requirePageUser } from "@/lib/auth/page-guard";

export async function generateMetadata() {
  return titleMetadata("AdminPeople.new");
}

export default async function NewPersonPage() {
  await requirePageUser("structure.edit");
  const t = await getTranslations("AdminPeople");
  return (
    <>
      <EditHeader title={t("new")} backHref="/admin/people" />
      <PersonForm />
    </>
  );
}
