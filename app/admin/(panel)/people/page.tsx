import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect, ListHeader, Pager } from "@/components/admin/directory/list-parts";
import { PeopleTable } from "@/components/admin/people/people-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listPeople } from "@/lib/people/admin-queries";
import { boardValues, peopleListQuery } from "@/lib/zod/people";

type Props = PageProps<"/admin/people">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminPeople"))("title") };
}

export default async function PeoplePage({ searchParams }: Props) {
  await requirePageUser("structure.edit");
  const query = peopleListQuery.parse(await searchParams);
  const [t, { rows, total }] = await Promise.all([getTranslations("AdminPeople"), listPeople(query)]);
  return (
    <>
      <ListHeader title={t("title")} newHref="/admin/people/new" newLabel={t("new")} />
      <FilterForm q={query.q}>
        <FilterSelect name="board" label={t("boardFilter")} value={query.board} options={boardValues.map((b) => ({ value: b, label: t(`board.${b}`) }))} />
      </FilterForm>
      <PeopleTable rows={rows} />
      <Pager basePath="/admin/people" filter={{ q: query.q, board: query.board }} page={query.page} total={total} />
    </>
  );
}
