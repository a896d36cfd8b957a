import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { UserCreateForm } from "@/components/admin/users/user-create-form";
import { requirePageUser } from "@/lib/auth/page-guard";

export async function generateMetadata() {
  return titleMetadata("AdminUsers.newTitle");
}

export default async function NewUserPage() {
  await requirePageUser("users.manage");
  const t = await getTranslations("AdminUsers");
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/users" className="text-sm text-brand-700 underline underline-offset-2">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold text-brand-900">{t("newTitle")}</h1>
      <UserCreateForm />
    </div>
  );
}
