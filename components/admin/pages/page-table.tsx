import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyRow } from "@/components/admin/directory/list-parts";
import { LocaleSummaryCell } from "@/components/admin/translation/badges";
import type { LocaleSummary } from "@/lib/translations/state";

type Item = { id: string; path: string; title: string; locales: Record<"ru" | "en", LocaleSummary> };

export async function PageTable({ items }: { items: Item[] }) {
  const [t, tt] = await Promise.all([getTranslations("AdminPages"), getTranslations("AdminTranslation")]);
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">{t("columns.path")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.title")}</th>
            <th scope="col" className="px-3 py-2"><abbr title={tt("locales.ru")}>{tt("localeShort.ru")}</abbr></th>
            <th scope="col" className="px-3 py-2"><abbr title={tt("locales.en")}>{tt("localeShort.en")}</abbr></th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? <EmptyRow colSpan={4} /> : null}
          {items.map((p) => (
            <tr key={p.id} className="border-t border-slate-200">
              <td className="px-3 py-2 font-mono text-xs"><Link href={`/admin/pages/${p.id}`} className="text-brand-700 hover:underline">{p.path}</Link></td>
              <td className="px-3 py-2">{p.title}</td>
              <td className="px-3 py-2"><LocaleSummaryCell summary={p.locales.ru} /></td>
              <td className="px-3 py-2"><LocaleSummaryCell summary={p.locales.en} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
