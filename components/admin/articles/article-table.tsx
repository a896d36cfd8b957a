import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AdminArticleRow } from "@/lib/articles/admin-queries";
import { TableHead } from "@/components/table-head";
import { locales } from "@/i18n/routing";

const badge = { missing: "bg-red-100 text-red-800", outdated: "bg-amber-100 text-amber-900", current: "bg-green-100 text-green-800" };

export async function ArticleTable({ rows }: { rows: AdminArticleRow[] }) {
  const [t, st, format] = await Promise.all([getTranslations("AdminArticles"), getTranslations("AdminStatus"), getFormatter()]);
  if (!rows.length) return <p>{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
        <TableHead
          rowClassName="border-b border-slate-200 text-left"
          cellClassName="p-2"
          headings={[{ label: t("columns.title") }, { label: "RU" }, { label: "EN" }, { label: t("columns.kind") }, { label: t("columns.updated") }]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100">
              <td className="p-2">
                <Link href={`/admin/articles/${r.id}`} className="text-brand-700 underline">
                  {r.title || t("untitled")}
                </Link>
              </td>
              {locales.map((l) => {
                const s = r.locales[l];
                return (
                  <td key={l} className="p-2">
                    {s ? (
                      <span className="flex flex-col gap-0.5">
                        <span>{st(`status.${s.status}` as never)}</span>
                        {s.translation !== "current" && (
                          <span className={`w-fit rounded px-1 text-xs ${badge[s.translation]}`}>{st(`translation.${s.translation}`)}</span>
                        )}
                      </span>
                    ) : (
                      <span className={`rounded px-1 text-xs ${badge.missing}`}>{st("translation.missing")}</span>
                    )}
                  </td>
                );
              })}
              <td className="p-2">{t(`kinds.${r.kind}` as never)}</td>
              <td className="p-2 whitespace-nowrap">{format.dateTime(r.updatedAt, { dateStyle: "short", timeStyle: "short" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
