import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyRow } from "@/components/admin/directory/list-parts";
import { LocaleSummaryCell } from "@/components/admin/translation/badges";
import type { LocaleSummary } from "@/lib/translations/state";

type Item = { id: string; code: string; name: string; locales: Record<"ru" | "en", LocaleSummary> };

export async function RegionTable({ items }: { items: Item[] }) {
  const [t, tt] = await Promise.all([getTranslations("AdminRegions"), getTranslations("AdminTranslation")]);
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">{t("columns.name")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.code")}</th>
            <th scope="col" className="px-3 py-2"><abbr title={tt("locales.ru")}>{tt("localeShort.ru")}</abbr></th>
            <th scope="col" className="px-3 py-2"><abbr title={tt("locales.en")}>{tt("localeShort.en")}</abbr></th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? <EmptyRow colSpan={4} /> : null}
          {items.map((r) => (
            <tr key={r.id} className="border-t border-slate-200">
              <td className="px-3 py-2"><Link href={`/admin/regions/${r.id}`} className="text-brand-700 hover:underline">{r.name}</Link></td>
              <td className="px-3 py-2 font-mono text-xs">{r.code}</td>
              <td className="px-3 py-2"><LocaleSummaryCell summary={r.locales.ru} /></td>
              <td className="px-3 py-2"><LocaleSummaryCell summary={r.locales.en} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
