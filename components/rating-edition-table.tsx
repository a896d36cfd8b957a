"use client";

import { useState } from "react";
import { Link } from "@/i18n/navigation";
import { routes } from "@/lib/routes";

export type EditionRow = { rank: number; code: string; slug: string; name: string; score: number; scoreText: string };
type Column = "rank" | "region" | "score";
type Direction = "ascending" | "descending";
type Labels = { caption: string } & Record<Column, string>;

const compare: Record<Column, (a: EditionRow, b: EditionRow, collator: Intl.Collator) => number> = {
  rank: (a, b) => a.rank - b.rank,
  region: (a, b, collator) => collator.compare(a.name, b.name),
  score: (a, b) => a.score - b.score || b.rank - a.rank,
};

// The server renders the rows in rank order, so the table is complete without JavaScript;
// the header buttons only re-order it. aria-sort tells screen readers the current order.
export function RatingEditionTable({ rows, locale, labels }: { rows: EditionRow[]; locale: string; labels: Labels }) {
  const [sort, setSort] = useState<{ column: Column; direction: Direction }>({ column: "rank", direction: "ascending" });
  const collator = new Intl.Collator(locale);
  const sign = sort.direction === "ascending" ? 1 : -1;
  const sorted = [...rows].sort((a, b) => sign * compare[sort.column](a, b, collator));
  const toggle = (column: Column) => setSort((s) => ({ column, direction: s.column === column && s.direction === "ascending" ? "descending" : "ascending" }));

  const header = (column: Column, align: string) => (
    <th scope="col" aria-sort={sort.column === column ? sort.direction : undefined} className={`py-2 pr-4 ${align}`}>
      <button type="button" onClick={() => toggle(column)} className="inline-flex min-h-6 items-center gap-1 rounded font-semibold hover:text-brand-700">
        {labels[column]}
        <span aria-hidden="true" className="text-xs text-slate-600">
          {sort.column !== column ? "↕" : sort.direction === "ascending" ? "▲" : "▼"}
        </span>
      </button>
    </th>
  );

  return (
    <table className="min-w-full border-collapse text-sm">
      <caption className="mb-2 text-left text-slate-700">{labels.caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          {header("rank", "w-20 text-right")}
          {header("region", "text-left")}
          {header("score", "text-right")}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.code} className="border-b border-slate-100">
            <td className="py-1.5 pr-4 text-right tabular-nums">{row.rank}</td>
            <th scope="row" className="py-1.5 pr-4 text-left font-normal">
              <Link href={routes.region(row.slug)} className="text-link">
                {row.name}
              </Link>
            </th>
            <td className="py-1.5 pr-4 text-right tabular-nums">{row.scoreText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
