import { getFormatter, getTranslations } from "next-intl/server";
import { AdminTable, EditLink } from "@/components/admin/admin-table";
import type { JobRow } from "@/lib/jobs/admin-queries";
import { describeJobOutput } from "./job-output";
import { RetryJobButton } from "./retry-job-button";

const STATE_STYLE: Record<JobRow["state"], string> = {
  created: "bg-slate-100 text-slate-800",
  retry: "bg-amber-100 text-amber-900",
  active: "bg-sky-100 text-sky-900",
  completed: "bg-emerald-100 text-emerald-900",
  cancelled: "bg-slate-100 text-slate-800",
  failed: "bg-red-100 text-red-900",
};

export async function JobsTable({ items }: { items: JobRow[] }) {
  const [t, out, format] = await Promise.all([getTranslations("AdminJobs"), getTranslations("AdminJobs.output"), getFormatter()]);
  const time = (d: Date) => format.dateTime(d, { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Moscow" });
  const columns = [
    {
      header: t("columns.time"),
      className: "whitespace-nowrap align-top",
      cell: (row: JobRow) => <time dateTime={row.createdOn.toISOString()}>{time(row.createdOn)}</time>,
    },
    { header: t("columns.queue"), className: "align-top", cell: (row: JobRow) => t(`queues.${row.queue as "telegram"}`) },
    {
      header: t("columns.subject"),
      className: "align-top",
      cell: (row: JobRow) =>
        row.subject ? (
          <EditLink href={`/admin/articles/${row.subject.articleId}`}>
            <span lang={row.subject.locale}>{row.subject.title}</span>
          </EditLink>
        ) : (
          "—"
        ),
    },
    {
      header: t("columns.state"),
      className: "align-top whitespace-nowrap",
      cell: (row: JobRow) => (
        <>
          <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATE_STYLE[row.state]}`}>{t(`states.${row.state}`)}</span>
          <span className="block text-xs text-slate-600">{t("attempts", { count: row.retryCount + 1, limit: row.retryLimit + 1 })}</span>
        </>
      ),
    },
    {
      header: t("columns.result"),
      className: "align-top break-words",
      cell: (row: JobRow) => (
        <>
          {describeJobOutput(out, row)}
          {row.state === "failed" && <RetryJobButton id={row.id} queue={row.queue} />}
        </>
      ),
    },
  ];
  return <AdminTable columns={columns} rows={items} caption={t("title")} empty={t("empty")} />;
}
