import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { ListPagination } from "@/components/admin/users/list-pagination";
import { UserFilterForm } from "@/components/admin/users/user-filter-form";
import { UserTable } from "@/components/admin/users/user-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listUsers } from "@/lib/users/admin-queries";
import { parseUserListQuery } from "@/lib/zod/users";

type Props = PageProps<"/admin/users">;

export async function generateMetadata() {
  return titleMetadata("AdminUsers.title");
}

export default async function UsersPage({ searchParams }: Props) {
  await requirePageUser("users.manage");
  const query = parseUserListQuery(await searchParams);
  const [t, list] = await Promise.all([getTranslations("AdminUsers"), listUsers(query)]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
        <Link href="/admin/users/new" className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {t("add")}
        </Link>
      </div>
      <UserFilterForm query={query} />
      <p className="text-sm text-slate-600" role="status">
        {t("total", { count: list.total })}
      </p>
      <UserTable items={list.items} />
      <ListPagination pathname="/admin/users" page={list.page} pageCount={list.pageCount} query={{ q: query.q, role: query.role, status: query.status }} />
    </div>
  );
}
