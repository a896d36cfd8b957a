import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { UserAccessForm } from "@/components/admin/users/user-access-form";
import { UserPageHeader } from "@/components/admin/users/user-page-header";
import { UserPasswordForm } from "@/components/admin/users/user-password-form";
import { UserProfileForm } from "@/components/admin/users/user-profile-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getUserForEdit } from "@/lib/users/admin-queries";

type Props = PageProps<"/admin/users/[id]">;

// Shared by the metadata and the page: one query per request.
const loadUser = cache(getUserForEdit);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageUser("users.manage");
  const user = await loadUser((await params).id);
  return { title: user?.name ?? (await getTranslations("AdminUsers"))("title") };
}

export default async function UserPage({ params, searchParams }: Props) {
  const me = await requirePageUser("users.manage");
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const [t, user] = await Promise.all([getTranslations("AdminUsers"), loadUser(id)]);
  if (!user) notFound();
  const isSelf = user.id === me.id;
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <UserPageHeader title={user.name} />
      {created === "1" && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("created")}
        </p>
      )}
      {isSelf && <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">{t("you")}</p>}
      <UserProfileForm id={user.id} name={user.name} email={user.email} role={user.role} updatedAt={user.updatedAt} isSelf={isSelf} />
      <UserAccessForm id={user.id} name={user.name} active={user.active} sessionCount={user.sessionCount} isSelf={isSelf} />
      <UserPasswordForm id={user.id} hasPassword={user.hasPassword} />
    </div>
  );
}
