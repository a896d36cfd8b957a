"use client";

import { useState, type ReactNode } from "react";

type Props = {
  competencies: { slug: string; name: string }[];
  regions: { id: string; competencies: string[] }[];
  labels: { legend: string; all: string; shown: string[] };
  children: ReactNode[];
};

// Filters the already-rendered region cards in place; the page stays static and, without
// JavaScript, the "by competence" list below the grid serves the same purpose.
export function RegionFilter({ competencies, regions, labels, children }: Props) {
  const [active, setActive] = useState<string | null>(null);
  const visible = regions.map((r) => active === null || r.competencies.includes(active));
  const count = visible.filter(Boolean).length;
  const chip = "rounded-full border px-3 py-1 text-sm aria-pressed:border-brand-800 aria-pressed:bg-brand-800 aria-pressed:text-white";
  return (
    <div className="space-y-4">
      <div role="group" aria-label={labels.legend} className="flex flex-wrap gap-2">
        <button type="button" aria-pressed={active === null} className={chip} onClick={() => setActive(null)}>
          {labels.all}
        </button>
        {competencies.map((c) => (
          <button key={c.slug} type="button" aria-pressed={active === c.slug} className={chip} onClick={() => setActive(c.slug)}>
            {c.name}
          </button>
        ))}
      </div>
      <p role="status" className="text-sm text-slate-600">
        {labels.shown[count]}
      </p>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {children.map((child, i) => (
          <li key={regions[i]!.id} hidden={!visible[i]}>
            {child}
          </li>
        ))}
      </ul>
    </div>
  );
}
