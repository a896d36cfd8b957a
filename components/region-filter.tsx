"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

type Props = {
  competencies: { slug: string; name: string }[];
  /** The competencies of each region, to count those shown. */
  regions: string[][];
  labels: { legend: string; all: string; shown: string[] };
  children: ReactNode;
};

// The competence chosen in the legend; null shows everything, as does a map or list that is
// rendered without a legend (the home page).
const Active = createContext<string | null>(null);

// The legend filters the map and the list under it together. Without JavaScript every region
// stays shown, and the "by competence" list further down serves the same purpose.
export function RegionFilter({ competencies, regions, labels, children }: Props) {
  const [active, setActive] = useState<string | null>(null);
  const count = regions.filter((r) => active === null || r.includes(active)).length;
  const chip = "min-h-6 rounded-full border px-3 py-1 text-sm aria-pressed:border-brand-800 aria-pressed:bg-brand-800 aria-pressed:text-white";
  return (
    <Active value={active}>
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
      {children}
    </Active>
  );
}

function useShown(competencies: string[]) {
  const active = useContext(Active);
  return active === null || competencies.includes(active);
}

/** A list item of a region, hidden while the legend names a competence it lacks. */
export function FilteredItem({ competencies, children }: { competencies: string[]; children: ReactNode }) {
  return <li hidden={!useShown(competencies)}>{children}</li>;
}

/** A region on the map, faded (still a link) while the legend names a competence it lacks. */
export function FilteredShape({ competencies, children }: { competencies: string[]; children: ReactNode }) {
  return <g className={useShown(competencies) ? undefined : "opacity-20"}>{children}</g>;
}
