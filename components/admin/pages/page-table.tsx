import { getTranslations } from "next-intl/server";
import { AdminTable, EditLink, translationColumns } from "@/components/admin/admin-table";
import type { Locale } from "@/i18n/routing";
import type { LocaleSummary } from "@/lib/translations/state";

type Item = { id: string; path: string; title: string; locales: Record<Locale, LocaleSummary> };

export async function PageTable({ items }: { items: Item[] }) {
  const t = await getTranslations("AdminPages");
  const columns = [
    { header: t("columns.path"), className: "font-mono text-xs", cell: (p: Item) => <EditLink href={`/admin/pages/${p.id}`}>{p.path}</EditLink> },
    { header: t("columns.title"), cell: (p: Item) => p.title },
    ...(await translationColumns<Item>()),
  ];
  return <AdminTable columns={columns} rows={items} />;
}
