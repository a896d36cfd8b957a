import { getLocale, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { NewPracticeForm } from "@/components/admin/practices/new-practice-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { practiceOptions } from "@/lib/practices/admin-queries";

export async function generateMetadata() {
  return titleMetadata("AdminPractices.newTitle");
}

export default async function NewPracticePage() {
  await requirePageUser("structure.edit");
  const [locale, t] = await Promise.all([getLocale(), getTranslations("AdminPractices")]);
  return (
    <>
      <EditHeader title={t("newTitle")} backHref="/admin/practices" />
      <NewPracticeForm options={await practiceOptions(locale)} />
    </>
  );
}
