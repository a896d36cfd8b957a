import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect, Pager } from "@/components/admin/directory/list-parts";
import { PageTable } from "@/components/admin/pages/page-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listAdminPages } from "@/lib/pages/admin-queries";
import { pageListQuery, pageSections } from "@/lib/zod/pages";

type Props = PageProps<"/admin/pages">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminPages"))("title") };
}

export default async function AdminPagesPage({ searchParams }: Props) {
  await requirePageUser("structure.edit");
  const [query, locale, t] = await Promise.all([searchParams.then((p) => pageListQuery.parse(p)), getLocale(), getTranslations("AdminPages")]);
  const list = await listAdminPages(locale, query);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <FilterForm q={query.q}>
        <FilterSelect name="section" label={t("section")} value={query.section} options={pageSections.map((s) => ({ value: s, label: t(`sections.${s}`) }))} />
      </FilterForm>
      <PageTable items={list.items} />
      <Pager basePath="/admin/pages" filter={{ q: query.q, section: query.section }} page={list.page} total={list.total} />
    </>
  );
}
