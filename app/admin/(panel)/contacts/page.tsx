import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { ContactsTable } from "@/components/admin/contacts/contacts-table";
import { DirectoryListPage } from "@/components/admin/directory/list-page";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listContacts } from "@/lib/contacts/admin-queries";
import { contactKinds, contactsListQuery } from "@/lib/zod/contacts";

export async function generateMetadata() {
  return titleMetadata("AdminContacts.title");
}

export default async function ContactsPage({ searchParams }: PageProps<"/admin/contacts">) {
  await requirePageUser("structure.edit");
  const query = contactsListQuery.parse(await searchParams);
  const [t, { rows, total }] = await Promise.all([getTranslations("AdminContacts"), listContacts(query)]);
  const filters = [{ name: "kind", label: t("kind"), value: query.kind, options: contactKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) })) }];
  return (
    <DirectoryListPage basePath="/admin/contacts" title={t("title")} newLabel={t("new")} q={query.q} filters={filters} page={query.page} total={total}>
      <ContactsTable rows={rows} />
    </DirectoryListPage>
  );
}
