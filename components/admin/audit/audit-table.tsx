import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/lib/audit/admin-queries";
import { actionLabel, entityHref } from "./action-label";

export async function AuditTable({ items }: { items: AuditRow[] }) {
  const [t, format] = await Promise.all([getTranslations("AdminAudit"), getFormatter()]);
  if (items.length === 0) return <p className="rounded border border-slate-200 bg-white p-4 text-sm">{t("empty")}</p>;
  const columns = ["time", "actor", "action", "entity", "locale", "ip"] as const;
  return (
    <div className="relative overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-slate-100">
          <tr>{columns.map((c) => <th key={c} scope="col" className="px-3 py-2 font-medium">{t(`columns.${c}`)}</th>)}</tr>
        </thead>
        <tbody>
          {items.map((row) => {
            const href = entityHref(row.entityType, row.entityId);
            const type = row.entityType ? (t.has(`entityTypes.${row.entityType}` as never) ? t(`entityTypes.${row.entityType}` as never) : row.entityType) : "—";
            return (
              <tr key={row.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2 whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Moscow" })}</time>
                </td>
                <td className="px-3 py-2">{row.actorId ? (row.actorName ?? "—") : <i>{t("scheduler")}</i>}</td>
                <td className="px-3 py-2">{actionLabel(t, row.action)}</td>
                <td className="px-3 py-2">
                  {href ? <Link href={href} className="text-brand-700 underline underline-offset-2">{type}</Link> : type}
                  {row.entityId && <span className="block font-mono text-xs text-slate-600">{row.entityId}</span>}
                </td>
                <td className="px-3 py-2">{row.locale ? t(`locales.${row.locale as "ru" | "en"}`) : "—"}</td>
                <td className="px-3 py-2 font-mono text-xs">{row.ipAddress ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
