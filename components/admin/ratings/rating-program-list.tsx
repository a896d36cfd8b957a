import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TableHead } from "@/components/table-head";
import type { AdminProgram } from "@/lib/ratings/admin-queries";

// One table of editions per programme, newest year first.
export async function RatingProgramList({ programs }: { programs: AdminProgram[] }) {
  const [t, format] = await Promise.all([getTranslations("AdminRatings"), getFormatter()]);
  if (programs.length === 0) return <p>{t("empty")}</p>;
  const headings = [
    { label: t("editions.year") },
    { label: t("editions.status") },
    { label: t("editions.entries"), className: "px-3 py-2 text-right" },
    { label: t("editions.demo") },
    { label: t("editions.publishedAt") },
  ];
  return (
    <div className="flex flex-col gap-8">
      {programs.map((p) => (
        <section key={p.id} aria-labelledby={`program-${p.key}`} className="flex flex-col gap-2">
          <h2 id={`program-${p.key}`} className="text-lg font-semibold text-brand-900">
            {p.title} {p.isDemo && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-normal text-amber-900">{t("demoProgram")}</span>}
          </h2>
          {p.editions.length === 0 ? (
            <p className="text-sm text-slate-700">{t("editions.none")}</p>
          ) : (
            <div className="relative overflow-x-auto">
              <table className="min-w-full border border-slate-200 bg-white text-sm">
                <caption className="sr-only">{t("editions.caption", { program: p.title })}</caption>
                <TableHead className="bg-slate-100 text-left" cellClassName="px-3 py-2" headings={headings} />
                <tbody>
                  {p.editions.map((e) => (
                    <tr key={e.id} className="border-t border-slate-200">
                      <th scope="row" className="px-3 py-2 text-left font-medium">
                        <Link href={`/admin/ratings/${e.id}`} className="text-link">
                          {t("editions.edit", { year: e.year })}
                        </Link>
                      </th>
                      <td className="px-3 py-2">{t(e.status === "published" ? "status.published" : "status.draft")}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{e.entryCount}</td>
                      <td className="px-3 py-2">{t(e.isDemo ? "editions.yes" : "editions.no")}</td>
                      <td className="px-3 py-2">{e.publishedAt ? format.dateTime(e.publishedAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
