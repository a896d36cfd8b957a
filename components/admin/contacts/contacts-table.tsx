import { getTranslations } from "next-intl/server";
import { AdminTable, nameColumns } from "@/components/admin/admin-table";
import type { ContactRow } from "@/lib/contacts/admin-queries";
import { contactKinds } from "@/lib/zod/contacts";

export async function ContactsTable({ rows }: { rows: ContactRow[] }) {
  const t = await getTranslations("AdminContacts");
  const kind = (k: string) => ((contactKinds as readonly string[]).includes(k) ? t(`kinds.${k as (typeof contactKinds)[number]}`) : k);
  const columns = [
    ...nameColumns<ContactRow>([t("nameRu"), t("nameEn")], "/admin/contacts", (c, l) => c.names[l]),
    { header: t("kind"), cell: (c: ContactRow) => kind(c.kind) },
    { header: t("email"), className: "break-all", cell: (c: ContactRow) => c.email },
    { header: t("phone"), cell: (c: ContactRow) => c.phone },
    { header: t("position"), cell: (c: ContactRow) => c.position },
  ];
  return <AdminTable columns={columns} rows={rows} />;
}
