import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyRow } from "@/components/admin/directory/list-parts";
import { LocaleSummaryCell } from "@/components/admin/translation/badges";
import type { LocaleSummary } from "@/lib/translations/state";

type Item = { id: string; title: string | null; region: string; locales: Record<"ru" | "en", LocaleSummary> };

export async function PracticeTable({ items }: { items: Item[] }) {
  const [t, tt] = await Promise.all([getTranslations("AdminPractices"), getTranslations("AdminTranslation")]);
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">{t("columns.title")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.region")}</th>
            <th scope="col" className="px-3 py-2"><abbr title={tt("locales.ru")}>{tt("localeShort.ru")}</abbr></th>
            <th scope="col" className="px-3 py-2"><abbr title={tt("locales.en")}>{tt("localeShort.en")}</abbr></th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? <EmptyRow colSpan={4} /> : null}
          {items.map((p) => (
            <tr key={p.id} className="border-t border-slate-200">
              <td className="px-3 py-2"><Link href={`/admin/practices/${p.id}`} className="text-brand-700 hover:underline">{p.title ?? t("untitled")}</Link></td>
              <td className="px-3 py-2">{p.region}</td>
              <td className="px-3 py-2"><LocaleSummaryCell summary={p.locales.ru} /></td>
              <td className="px-3 py-2"><LocaleSummaryCell summary={p.locales.en} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
