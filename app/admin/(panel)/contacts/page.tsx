import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect, ListHeader, Pager } from "@/components/admin/directory/list-parts";
import { ContactsTable } from "@/components/admin/contacts/contacts-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listContacts } from "@/lib/contacts/admin-queries";
import { contactKinds, contactsListQuery } from "@/lib/zod/contacts";

type Props = PageProps<"/admin/contacts">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminContacts"))("title") };
}

export default async function ContactsPage({ searchParams }: Props) {
  await requirePageUser("structure.edit");
  const query = contactsListQuery.parse(await searchParams);
  const [t, { rows, total }] = await Promise.all([getTranslations("AdminContacts"), listContacts(query)]);
  return (
    <>
      <ListHeader title={t("title")} newHref="/admin/contacts/new" newLabel={t("new")} />
      <FilterForm q={query.q}>
        <FilterSelect name="kind" label={t("kind")} value={query.kind} options={contactKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      </FilterForm>
      <ContactsTable rows={rows} />
      <Pager basePath="/admin/contacts" filter={{ q: query.q, kind: query.kind }} page={query.page} total={total} />
    </>
  );
}
