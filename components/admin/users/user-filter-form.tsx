import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/select-field";
import { roles } from "@/lib/auth/roles";
import { userStatuses, type UserListQuery } from "@/lib/zod/users";

// A GET form: the filters live in the URL, work without JavaScript and can be shared.
export async function UserFilterForm({ query }: { query: UserListQuery }) {
  const t = await getTranslations("AdminUsers");
  return (
    <form
      method="get"
      action="/admin/users"
      role="search"
      aria-label={t("filters")}
      className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="users-q">{t("search")}</label>
        <input id="users-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} className="rounded border border-slate-300 px-2 py-1.5" />
      </div>
      <SelectField
        id="users-role"
        name="role"
        label={t("fields.role")}
        value={query.role}
        allLabel={t("allRoles")}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <SelectField
        id="users-status"
        name="status"
        label={t("fields.status")}
        value={query.status}
        allLabel={t("allStatuses")}
        options={userStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
        {t("apply")}
      </button>
      <Link href="/admin/users" className="py-1.5 text-sm text-brand-700 underline underline-offset-2">
        {t("reset")}
      </Link>
    </form>
  );
}
