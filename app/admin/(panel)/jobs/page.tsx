import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { JobsTable } from "@/components/admin/jobs/jobs-table";
import { OutreachSummary } from "@/components/admin/jobs/outreach-summary";
import { ListPagination } from "@/components/admin/users/list-pagination";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listJobs, outreachChannels } from "@/lib/jobs/admin-queries";
import { jobListQuerySchema } from "@/lib/zod/job";

export async function generateMetadata() {
  return titleMetadata("AdminJobs.title");
}

export default async function JobsPage({ searchParams }: PageProps<"/admin/jobs">) {
  await requirePageUser("audit.read");
  const query = jobListQuerySchema.parse(await searchParams);
  const [t, list, channels] = await Promise.all([getTranslations("AdminJobs"), listJobs(query), outreachChannels()]);
  const tab = (failed: boolean) =>
    `rounded px-3 py-1.5 ${failed === (query.state === "failed") ? "bg-brand-800 text-white" : "border border-slate-300 bg-white hover:bg-slate-100"}`;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <OutreachSummary channels={channels} />
      <nav aria-label={t("filter")} className="flex gap-2 text-sm">
        <Link href="/admin/jobs" className={tab(false)} aria-current={query.state ? undefined : "page"}>
          {t("all")}
        </Link>
        <Link href="/admin/jobs?state=failed" className={tab(true)} aria-current={query.state ? "page" : undefined}>
          {t("failedOnly")}
        </Link>
      </nav>
      <p className="text-sm text-slate-600" role="status">
        {t("total", { count: list.total })}. {t("timeZone")}
      </p>
      <JobsTable items={list.items} />
      <ListPagination pathname="/admin/jobs" page={list.page} pageCount={list.pageCount} query={{ state: query.state }} />
    </div>
  );
}
