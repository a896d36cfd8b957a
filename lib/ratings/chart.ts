// Geometry of the server-rendered SVG charts, kept pure so it can be unit-tested.

export const chartPalette = ["#174a8a", "#0b7066", "#b45309", "#9d174d", "#4d7c0f", "#6d28d9", "#0e7490", "#b91c1c", "#374151", "#a16207"];

type Point = { x: number; y: number };
export type RankLine = { code: string; color: string; points: string; dots: (Point & { year: number; rank: number })[]; label: Point };
export type RankChart = { width: number; height: number; xTicks: (Point & { year: number })[]; yTicks: (Point & { rank: number })[]; lines: RankLine[] };

const round = (n: number) => Math.round(n * 10) / 10;

// Rank 1 at the top, one column per year, one line per region, its code at the line's end.
export function rankChart(series: { code: string; ranks: { year: number; rank: number }[] }[], years: number[], width = 640): RankChart {
  const pad = { left: 40, right: 56, top: 16, bottom: 36 };
  const maxRank = Math.max(1, ...series.flatMap((s) => s.ranks.map((r) => r.rank)));
  const step = 22;
  const height = pad.top + pad.bottom + (maxRank - 1) * step;
  const plotW = width - pad.left - pad.right;
  const x = (year: number) => {
    const i = years.indexOf(year);
    return round(years.length > 1 ? pad.left + (i / (years.length - 1)) * plotW : pad.left + plotW / 2);
  };
  const y = (rank: number) => round(pad.top + (rank - 1) * step);
  const lines = series.map((s, i) => {
    const dots = s.ranks.filter((r) => years.includes(r.year)).map((r) => ({ x: x(r.year), y: y(r.rank), year: r.year, rank: r.rank }));
    const end = dots.at(-1) ?? { x: pad.left, y: pad.top };
    return {
      code: s.code,
      color: chartPalette[i % chartPalette.length]!,
      points: dots.map((d) => `${d.x},${d.y}`).join(" "),
      dots,
      label: { x: end.x + 8, y: end.y + 4 },
    };
  });
  return {
    width,
    height,
    xTicks: years.map((year) => ({ year, x: x(year), y: height - pad.bottom + 24 })),
    yTicks: Array.from({ length: maxRank }, (_, i) => ({ rank: i + 1, x: pad.left - 12, y: y(i + 1) + 4 })),
    lines,
  };
}

export type ScoreBar = { label: string; value: number; y: number; labelY: number; width: number; valueX: number };
export type ScoreChart = { width: number; height: number; x0: number; barHeight: number; bars: ScoreBar[] };

// Horizontal bars from zero: the name above each bar, so long names never squeeze the bars.
export function scoreChart(items: { label: string; value: number }[], width = 640): ScoreChart {
  const x0 = 4;
  const row = 38;
  const barHeight = 14;
  const plotW = width - x0 - 56;
  const max = Math.max(0, ...items.map((i) => i.value)) || 1;
  const bars = items.map((item, i) => {
    const w = round((Math.max(0, item.value) / max) * plotW);
    return { label: item.label, value: item.value, labelY: i * row + 14, y: i * row + 20, width: w, valueX: round(x0 + w + 6) };
  });
  return { width, height: items.length * row + 4, x0, barHeight, bars };
}
