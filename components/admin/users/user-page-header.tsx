import Link from "next/link";
import { getTranslations } from "next-intl/server";

// A user page's heading, with the way back to the list of users above it.
export async function UserPageHeader({ title }: { title: string }) {
  const t = await getTranslations("AdminUsers");
  return (
    <>
      <Link href="/admin/users" className="text-sm text-link">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold text-brand-900">{title}</h1>
    </>
  );
}
