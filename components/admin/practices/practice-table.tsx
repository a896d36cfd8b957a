import { getTranslations } from "next-intl/server";
import { AdminTable, EditLink, translationColumns } from "@/components/admin/admin-table";
import type { Locale } from "@/i18n/routing";
import type { LocaleSummary } from "@/lib/translations/state";

type Item = { id: string; title: string | null; region: string; locales: Record<Locale, LocaleSummary> };

export async function PracticeTable({ items }: { items: Item[] }) {
  const t = await getTranslations("AdminPractices");
  const columns = [
    { header: t("columns.title"), cell: (p: Item) => <EditLink href={`/admin/practices/${p.id}`}>{p.title ?? t("untitled")}</EditLink> },
    { header: t("columns.region"), cell: (p: Item) => p.region },
    ...(await translationColumns<Item>()),
  ];
  return <AdminTable columns={columns} rows={items} />;
}
