import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/link";
import type { RegionRating } from "@/lib/regions/queries";
import { SCORE_FORMAT } from "@/lib/ratings/score-format";
import { routes } from "@/lib/routes";
import { LabelledSection } from "@/components/labelled-section";
import { TableHead } from "@/components/table-head";

export function RegionRatings({ ratings }: { ratings: RegionRating[] }) {
  const t = useTranslations("RegionPage");
  const format = useFormatter();
  const headings = [
    { label: t("program") },
    { label: t("year") },
    { label: t("rank"), className: "py-2 pr-4 text-right" },
    { label: t("score"), className: "py-2 text-right" },
  ];
  return (
    <LabelledSection id="region-ratings" heading="mb-3 text-xl font-semibold text-brand-900" title={t("ratings")}>
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">{t("ratings")}</caption>
          <TableHead rowClassName="border-b border-slate-300 text-left" cellClassName="py-2 pr-4" headings={headings} />
          <tbody>
            {ratings.map((r) => (
              <tr key={`${r.program}-${r.year}`} className="border-b border-slate-100">
                <td className="py-2 pr-4">{r.programTitle}</td>
                <td className="py-2 pr-4">
                  <Link href={routes.ratingEdition(r.program, r.year)} className="text-link inline-block py-0.5">
                    {r.year}
                  </Link>
                </td>
                <td className="py-2 pr-4 text-right">{r.rank}</td>
                <td className="py-2 text-right">{format.number(r.score, SCORE_FORMAT)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ratings.some((r) => r.isDemo) && <p className="mt-2 text-xs text-slate-600">{t("demo")}</p>}
    </LabelledSection>
  );
}
