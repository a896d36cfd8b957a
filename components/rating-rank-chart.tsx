import { useTranslations } from "next-intl";
import { rankChart } from "@/lib/ratings/chart";
import type { RankSeries } from "@/lib/ratings/queries";

type Props = { id: string; program: string; years: number[]; series: RankSeries[] };

// Server-rendered SVG (no client code); the same numbers follow in a table for screen
// readers, keyboard users and anyone who cannot tell the lines apart.
export function RatingRankChart({ id, program, years, series }: Props) {
  const t = useTranslations("RatingChart");
  const chart = rankChart(
    series.map((s) => ({ code: s.region.code, ranks: s.ranks })),
    years,
  );
  const range = { from: years[0] ?? "", to: years.at(-1) ?? "" };
  return (
    <figure className="space-y-4">
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} className="h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t("rankTitle", { program })}</title>
        <desc id={`${id}-desc`}>{t("rankDesc", { count: series.length, ...range })}</desc>
        {chart.xTicks.map((tick) => (
          <g key={tick.year}>
            <line x1={tick.x} x2={tick.x} y1={8} y2={tick.y - 16} stroke="#cbd5e1" />
            <text x={tick.x} y={tick.y} textAnchor="middle" fontSize="13" fill="#334155">
              {tick.year}
            </text>
          </g>
        ))}
        {chart.yTicks.map((tick) => (
          <text key={tick.rank} x={tick.x} y={tick.y} textAnchor="end" fontSize="11" fill="#475569">
            {tick.rank}
          </text>
        ))}
        {chart.lines.map((line) => (
          <g key={line.code} stroke={line.color} fill={line.color}>
            <polyline points={line.points} fill="none" strokeWidth="2" />
            {line.dots.map((d) => (
              <circle key={d.year} cx={d.x} cy={d.y} r="3" />
            ))}
            <text x={line.label.x} y={line.label.y} fontSize="11" stroke="none">
              {line.code.replace(/^RU-/, "")}
            </text>
          </g>
        ))}
      </svg>
      <details className="rounded border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium text-brand-800">{t("showTable")}</summary>
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full border-collapse text-sm">
            <caption className="mb-2 text-left text-slate-700">{t("tableCaption", { program, ...range })}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-4">
                  {t("region")}
                </th>
                {years.map((y) => (
                  <th key={y} scope="col" className="py-2 pr-4 text-right">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((s) => (
                <tr key={s.region.code} className="border-b border-slate-100">
                  <th scope="row" className="py-1.5 pr-4 text-left font-normal">
                    {s.region.name} <span className="text-slate-600">({s.region.code.replace(/^RU-/, "")})</span>
                  </th>
                  {years.map((y) => (
                    <td key={y} className="py-1.5 pr-4 text-right">
                      {s.ranks.find((r) => r.year === y)?.rank ?? "—"}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
