import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { DirectoryListPage } from "@/components/admin/directory/list-page";
import { PeopleTable } from "@/components/admin/people/people-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listPeople } from "@/lib/people/admin-queries";
import { boardValues, peopleListQuery } from "@/lib/zod/people";

export async function generateMetadata() {
  return titleMetadata("AdminPeople.title");
}

export default async function PeoplePage({ searchParams }: PageProps<"/admin/people">) {
  await requirePageUser("structure.edit");
  const query = peopleListQuery.parse(await searchParams);
  const [t, { rows, total }] = await Promise.all([getTranslations("AdminPeople"), listPeople(query)]);
  const filters = [{ name: "board", label: t("boardFilter"), value: query.board, options: boardValues.map((b) => ({ value: b, label: t(`board.${b}`) })) }];
  return (
    <DirectoryListPage basePath="/admin/people" title={t("title")} newLabel={t("new")} q={query.q} filters={filters} page={query.page} total={total}>
      <PeopleTable rows={rows} />
    </DirectoryListPage>
  );
}
