import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect, ListHeader, Pager } from "@/components/admin/directory/list-parts";
import { PracticeTable } from "@/components/admin/practices/practice-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listAdminPractices, practiceOptions } from "@/lib/practices/admin-queries";
import { practiceListQuery } from "@/lib/zod/practices";

type Props = PageProps<"/admin/practices">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminPractices"))("title") };
}

export default async function AdminPracticesPage({ searchParams }: Props) {
  await requirePageUser("structure.edit");
  const [query, locale, t] = await Promise.all([searchParams.then((p) => practiceListQuery.parse(p)), getLocale(), getTranslations("AdminPractices")]);
  const [list, options] = await Promise.all([listAdminPractices(locale, query), practiceOptions(locale)]);
  return (
    <>
      <ListHeader title={t("title")} newHref="/admin/practices/new" newLabel={t("add")} />
      <FilterForm q={query.q}>
        <FilterSelect name="region" label={t("region")} value={query.region} options={options.regions.map((r) => ({ value: r.slug, label: r.name }))} />
        <FilterSelect name="topic" label={t("topic")} value={query.topic} options={options.topics.map((x) => ({ value: x.slug, label: x.name }))} />
      </FilterForm>
      <PracticeTable items={list.items} />
      <Pager basePath="/admin/practices" filter={{ q: query.q, region: query.region, topic: query.topic }} page={list.page} total={list.total} />
    </>
  );
}
