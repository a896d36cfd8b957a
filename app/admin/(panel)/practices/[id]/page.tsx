import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { EditHeader } from "@/components/admin/directory/list-parts";
import { PracticeEditor } from "@/components/admin/practices/practice-editor";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getAdminPractice, practiceOptions } from "@/lib/practices/admin-queries";

export async function generateMetadata() {
  return titleMetadata("AdminPractices.title");
}

export default async function AdminPracticeEditPage({ params }: PageProps<"/admin/practices/[id]">) {
  const user = await requirePageUser("structure.edit");
  const [{ id }, locale, t] = await Promise.all([params, getLocale(), getTranslations("AdminPractices")]);
  const [practice, options] = await Promise.all([getAdminPractice(id), practiceOptions(locale)]);
  if (!practice) notFound();
  const title = (practice.translations[locale] ?? practice.translations.ru ?? practice.translations.en)?.title ?? t("untitled");
  return (
    <>
      <EditHeader title={t("editTitle", { title })} backHref="/admin/practices" />
      <PracticeEditor practice={practice} options={options} canPublish={can(user.role, "content.publish")} />
    </>
  );
}
