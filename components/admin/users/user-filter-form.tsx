import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { roles } from "@/lib/auth/roles";
import { userStatuses, type UserListQuery } from "@/lib/zod/users";

export async function UserFilterForm({ query }: { query: UserListQuery }) {
  const t = await getTranslations("AdminUsers");
  return (
    <FilterForm
      action="/admin/users"
      label={t("filters")}
      search={{ id: "users-q", label: t("search"), maxLength: 100 }}
      selects={[
        {
          id: "users-role",
          name: "role",
          label: t("fields.role"),
          allLabel: t("allRoles"),
          options: roles.map((r) => ({ value: r, label: t(`roles.${r}`) })),
        },
        {
          id: "users-status",
          name: "status",
          label: t("fields.status"),
          allLabel: t("allStatuses"),
          options: userStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
        },
      ]}
      apply={t("apply")}
      reset={t("reset")}
      values={query}
    />
  );
}
