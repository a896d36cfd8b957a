import { getLocale, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { DirectoryListPage } from "@/components/admin/directory/list-page";
import { PracticeTable } from "@/components/admin/practices/practice-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listAdminPractices, practiceOptions } from "@/lib/practices/admin-queries";
import { practiceListQuery } from "@/lib/zod/practices";

export async function generateMetadata() {
  return titleMetadata("AdminPractices.title");
}

export default async function AdminPracticesPage({ searchParams }: PageProps<"/admin/practices">) {
  await requirePageUser("structure.edit");
  const [query, locale, t] = await Promise.all([searchParams.then((p) => practiceListQuery.parse(p)), getLocale(), getTranslations("AdminPractices")]);
  const [list, options] = await Promise.all([listAdminPractices(locale, query), practiceOptions(locale)]);
  const filters = [
    { name: "region", label: t("region"), value: query.region, options: options.regions.map((r) => ({ value: r.slug, label: r.name })) },
    { name: "topic", label: t("topic"), value: query.topic, options: options.topics.map((x) => ({ value: x.slug, label: x.name })) },
  ];
  return (
    <DirectoryListPage basePath="/admin/practices" title={t("title")} newLabel={t("add")} q={query.q} filters={filters} page={list.page} total={list.total}>
      <PracticeTable items={list.items} />
    </DirectoryListPage>
  );
}
