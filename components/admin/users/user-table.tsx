import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { UserListItem } from "@/lib/users/admin-queries";

export async function UserTable({ items }: { items: UserListItem[] }) {
  const [t, format] = await Promise.all([getTranslations("AdminUsers"), getFormatter()]);
  if (items.length === 0) return <p className="rounded border border-slate-200 bg-white p-4 text-sm">{t("empty")}</p>;
  return (
    <div className="relative overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-slate-100">
          <tr>
            {(["name", "email", "role", "status", "createdAt"] as const).map((c) => <th key={c} scope="col" className="px-3 py-2 font-medium">{t(`columns.${c}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {items.map((u) => (
            <tr key={u.id} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/admin/users/${u.id}`} className="text-brand-700 underline underline-offset-2">{u.name}</Link>
              </th>
              <td className="px-3 py-2">{u.email}</td>
              <td className="px-3 py-2">{t(`roles.${u.role}`)}</td>
              <td className={`px-3 py-2 ${u.active ? "" : "text-red-800"}`}>{t(u.active ? "statuses.active" : "statuses.inactive")}</td>
              <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(u.createdAt, { dateStyle: "medium", timeZone: "Europe/Moscow" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
