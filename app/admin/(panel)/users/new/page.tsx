import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { UserCreateForm } from "@/components/admin/users/user-create-form";
import { UserPageHeader } from "@/components/admin/users/user-page-header";
import { requirePageUser } from "@/lib/auth/page-guard";

export async function generateMetadata() {
  return titleMetadata("AdminUsers.newTitle");
}

export default async function NewUserPage() {
  await requirePageUser("users.manage");
  const t = await getTranslations("AdminUsers");
  return (
    <div className="flex flex-col gap-4">
      <UserPageHeader title={t("newTitle")} />
      <UserCreateForm />
    </div>
  );
}
