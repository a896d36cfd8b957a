import { getFormatter, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { AdminTable } from "@/components/admin/admin-table";
import { AddJournalistForm } from "@/components/admin/press/add-journalist-form";
import { RemoveJournalistButton } from "@/components/admin/press/remove-journalist-button";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listJournalists, type JournalistRow } from "@/lib/press/list";

export async function generateMetadata() {
  return titleMetadata("AdminPressList.title");
}

export default async function PressListPage() {
  await requirePageUser("content.publish");
  const [t, shell, format, journalists] = await Promise.all([
    getTranslations("AdminPressList"),
    getTranslations("AdminShell.locales"),
    getFormatter(),
    listJournalists(),
  ]);
  const columns = [
    { header: t("fields.name"), rowHeader: true, cell: (j: JournalistRow) => j.name },
    { header: t("fields.outlet"), cell: (j: JournalistRow) => j.outlet || "—" },
    { header: t("fields.email"), cell: (j: JournalistRow) => j.email },
    { header: t("fields.locales"), cell: (j: JournalistRow) => j.locales.map((l) => shell(l)).join(", ") },
    {
      header: t("fields.verified"),
      cell: (j: JournalistRow) =>
        j.verifiedAt ? (
          format.dateTime(j.verifiedAt, { dateStyle: "short", timeZone: "Europe/Moscow" })
        ) : (
          <span className="text-amber-800">{t("pending")}</span>
        ),
    },
    { header: <span className="sr-only">{t("remove")}</span>, cell: (j: JournalistRow) => <RemoveJournalistButton id={j.id} name={j.name} /> },
  ];
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <AdminTable columns={columns} rows={journalists} caption={t("title")} empty={t("empty")} />
      <AddJournalistForm />
    </div>
  );
}
