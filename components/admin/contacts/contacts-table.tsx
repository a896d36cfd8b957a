import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyRow, LocaleCell } from "@/components/admin/directory/list-parts";
import type { ContactRow } from "@/lib/contacts/admin-queries";
import { contactKinds } from "@/lib/zod/contacts";

export async function ContactsTable({ rows }: { rows: ContactRow[] }) {
  const t = await getTranslations("AdminContacts");
  const kind = (k: string) => ((contactKinds as readonly string[]).includes(k) ? t(`kinds.${k as (typeof contactKinds)[number]}`) : k);
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("nameRu")}</th>
            <th scope="col" className="px-3 py-2">{t("nameEn")}</th>
            <th scope="col" className="px-3 py-2">{t("kind")}</th>
            <th scope="col" className="px-3 py-2">{t("email")}</th>
            <th scope="col" className="px-3 py-2">{t("phone")}</th>
            <th scope="col" className="px-3 py-2">{t("position")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? <EmptyRow colSpan={6} /> : rows.map((c) => (
            <tr key={c.id} className="border-t border-slate-200">
              <td className="px-3 py-2"><Link href={`/admin/contacts/${c.id}`} className="text-brand-700 hover:underline"><LocaleCell value={c.names.ru} /></Link></td>
              <td className="px-3 py-2" lang="en"><LocaleCell value={c.names.en} /></td>
              <td className="px-3 py-2">{kind(c.kind)}</td>
              <td className="px-3 py-2 break-all">{c.email}</td>
              <td className="px-3 py-2">{c.phone}</td>
              <td className="px-3 py-2">{c.position}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
