import { useFormatter, useTranslations } from "next-intl";
import { scoreChart } from "@/lib/ratings/chart";
import { SCORE_FORMAT } from "@/lib/ratings/score-format";
import type { RatingEntryRow } from "@/lib/ratings/queries";

type Props = { id: string; program: string; year: number; entries: RatingEntryRow[] };

// Scores in rank order as horizontal bars; the results table above carries the same data.
export function RatingScoreChart({ id, program, year, entries }: Props) {
  const t = useTranslations("RatingChart");
  const format = useFormatter();
  const num = (n: number) => format.number(n, SCORE_FORMAT);
  const chart = scoreChart(entries.map((e) => ({ label: e.region.name, value: e.score })));
  const byScore = [...entries].sort((a, b) => b.score - a.score);
  const top = byScore[0];
  const bottom = byScore.at(-1);
  if (!top || !bottom) return null;
  return (
    <svg viewBox={`0 0 ${chart.width} ${chart.height}`} className="h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{t("scoreTitle", { program, year })}</title>
      <desc id={`${id}-desc`}>
        {t("scoreDesc", { count: entries.length, top: top.region.name, topScore: num(top.score), bottom: bottom.region.name, bottomScore: num(bottom.score) })}
      </desc>
      {chart.bars.map((bar) => (
        <g key={bar.label}>
          <text x={chart.x0} y={bar.labelY} fontSize="13" fill="#1e293b">
            {bar.label}
          </text>
          <rect x={chart.x0} y={bar.y} width={bar.width} height={chart.barHeight} rx="2" fill="#174a8a" />
          <text x={bar.valueX} y={bar.y + chart.barHeight - 2} fontSize="12" fill="#334155">
            {num(bar.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}
