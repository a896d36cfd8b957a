import { getTranslations } from "next-intl/server";
import { AdminTable, EditLink, translationColumns } from "@/components/admin/admin-table";
import type { Locale } from "@/i18n/routing";
import type { LocaleSummary } from "@/lib/translations/state";

type Item = { id: string; code: string; name: string; locales: Record<Locale, LocaleSummary> };

export async function RegionTable({ items }: { items: Item[] }) {
  const t = await getTranslations("AdminRegions");
  const columns = [
    { header: t("columns.name"), cell: (r: Item) => <EditLink href={`/admin/regions/${r.id}`}>{r.name}</EditLink> },
    { header: t("columns.code"), className: "font-mono text-xs", cell: (r: Item) => r.code },
    ...(await translationColumns<Item>()),
  ];
  return <AdminTable columns={columns} rows={items} />;
}
