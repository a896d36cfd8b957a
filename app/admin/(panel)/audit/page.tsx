import { getLocale, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { AuditFilterForm } from "@/components/admin/audit/audit-filter-form";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { ListPagination } from "@/components/admin/users/list-pagination";
import { requirePageUser } from "@/lib/auth/page-guard";
import { auditFilterOptions, listAuditEntries } from "@/lib/audit/admin-queries";
import { parseAuditQuery } from "@/lib/zod/audit";
import type { Locale } from "@/i18n/routing";

type Props = PageProps<"/admin/audit">;

export async function generateMetadata() {
  return titleMetadata("AdminAudit.title");
}

export default async function AuditPage({ searchParams }: Props) {
  await requirePageUser("audit.read");
  const query = parseAuditQuery(await searchParams);
  const locale = (await getLocale()) as Locale;
  const [t, list, options] = await Promise.all([getTranslations("AdminAudit"), listAuditEntries(query, locale), auditFilterOptions()]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <AuditFilterForm query={query} actors={options.actors} actions={options.actions} />
      <p className="text-sm text-slate-600" role="status">
        {t("total", { count: list.total })}. {t("timeZone")}
      </p>
      <AuditTable items={list.items} />
      <ListPagination pathname="/admin/audit" page={list.page} pageCount={list.pageCount} query={{ ...query, page: undefined }} />
    </div>
  );
}
