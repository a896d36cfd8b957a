import { getFormatter, getTranslations } from "next-intl/server";
import { AdminTable, EditLink } from "@/components/admin/admin-table";
import type { UserListItem } from "@/lib/users/admin-queries";

export async function UserTable({ items }: { items: UserListItem[] }) {
  const [t, format] = await Promise.all([getTranslations("AdminUsers"), getFormatter()]);
  const columns = [
    { header: t("columns.name"), rowHeader: true, cell: (u: UserListItem) => <EditLink href={`/admin/users/${u.id}`}>{u.name}</EditLink> },
    { header: t("columns.email"), cell: (u: UserListItem) => u.email },
    { header: t("columns.role"), cell: (u: UserListItem) => t(`roles.${u.role}`) },
    {
      header: t("columns.status"),
      cell: (u: UserListItem) => <span className={u.active ? "" : "text-red-800"}>{t(u.active ? "statuses.active" : "statuses.inactive")}</span>,
    },
    {
      header: t("columns.createdAt"),
      className: "whitespace-nowrap",
      cell: (u: UserListItem) => format.dateTime(u.createdAt, { dateStyle: "medium", timeZone: "Europe/Moscow" }),
    },
  ];
  return <AdminTable columns={columns} rows={items} caption={t("title")} empty={t("empty")} />;
}
