import { getFormatter, getTranslations } from "next-intl/server";
import { AdminTable, EditLink } from "@/components/admin/admin-table";
import type { AuditRow } from "@/lib/audit/admin-queries";
import { actionLabel, entityHref } from "./action-label";

export async function AuditTable({ items }: { items: AuditRow[] }) {
  const [t, format] = await Promise.all([getTranslations("AdminAudit"), getFormatter()]);
  const entityType = (row: AuditRow) =>
    row.entityType ? (t.has(`entityTypes.${row.entityType}` as never) ? t(`entityTypes.${row.entityType}` as never) : row.entityType) : "—";
  const columns = [
    {
      header: t("columns.time"),
      className: "whitespace-nowrap align-top",
      cell: (row: AuditRow) => (
        <time dateTime={row.createdAt.toISOString()}>
          {format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Moscow" })}
        </time>
      ),
    },
    { header: t("columns.actor"), className: "align-top", cell: (row: AuditRow) => (row.actorId ? (row.actorName ?? "—") : <i>{t("scheduler")}</i>) },
    { header: t("columns.action"), className: "align-top", cell: (row: AuditRow) => actionLabel(t, row.action) },
    {
      header: t("columns.entity"),
      className: "align-top",
      cell: (row: AuditRow) => {
        const href = entityHref(row.entityType, row.entityId);
        return (
          <>
            <span className="block text-xs text-slate-600">{entityType(row)}</span>
            {href && row.title ? <EditLink href={href}>{row.title}</EditLink> : row.title}
            {row.entityId && <span className="block font-mono text-xs text-slate-600">{row.entityId}</span>}
          </>
        );
      },
    },
    { header: t("columns.locale"), className: "align-top", cell: (row: AuditRow) => (row.locale ? t(`locales.${row.locale as "ru" | "en"}`) : "—") },
    { header: t("columns.ip"), className: "align-top font-mono text-xs", cell: (row: AuditRow) => row.ipAddress ?? "—" },
  ];
  return <AdminTable columns={columns} rows={items} caption={t("title")} empty={t("empty")} />;
}
