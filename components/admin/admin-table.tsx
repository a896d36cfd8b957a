import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EmptyRow, LocaleCell } from "@/components/admin/directory/list-parts";
import { LocaleSummaryCell } from "@/components/admin/translation/badges";
import { locales, type Locale } from "@/i18n/routing";
import type { LocaleSummary } from "@/lib/translations/state";

// The back office's lists: one table, each list names its columns.
// `rowHeader`: the column names the row (a th for screen readers).
export type Column<T> = { header: ReactNode; cell: (row: T) => ReactNode; className?: string; lang?: string; rowHeader?: boolean };

// `empty`: said instead of the table when there are no rows (else an empty row says it).
export function AdminTable<T extends { id: string }>({ columns, rows, caption, empty }: { columns: Column<T>[]; rows: T[]; caption?: string; empty?: string }) {
  if (rows.length === 0 && empty) return <p className="rounded border border-slate-200 bg-white p-4 text-sm">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className="px-3 py-2">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? <EmptyRow colSpan={columns.length} /> : null}
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200">
              {columns.map((c, i) =>
                c.rowHeader ? (
                  <th key={i} scope="row" lang={c.lang} className={`px-3 py-2 font-normal ${c.className ?? ""}`}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={i} lang={c.lang} className={`px-3 py-2 ${c.className ?? ""}`}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The first column's link to a record's editor.
export function EditLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-brand-700 hover:underline">
      {children}
    </Link>
  );
}

// A directory record's name in Russian, linking to its editor, then in English.
export function nameColumns<T extends { id: string }>(
  headers: [string, string],
  editPath: string,
  name: (row: T, locale: Locale) => string | undefined,
): Column<T>[] {
  return [
    {
      header: headers[0],
      cell: (row) => (
        <EditLink href={`${editPath}/${row.id}`}>
          <LocaleCell value={name(row, "ru")} />
        </EditLink>
      ),
    },
    { header: headers[1], lang: "en", cell: (row) => <LocaleCell value={name(row, "en")} /> },
  ];
}

// One column per language with where its translation stands, for translated records.
export async function translationColumns<T extends { locales: Record<Locale, LocaleSummary> }>(): Promise<Column<T>[]> {
  const tt = await getTranslations("AdminTranslation");
  return locales.map((l) => ({
    header: <abbr title={tt(`locales.${l}`)}>{tt(`localeShort.${l}`)}</abbr>,
    cell: (row: T) => <LocaleSummaryCell summary={row.locales[l]} />,
  }));
}
