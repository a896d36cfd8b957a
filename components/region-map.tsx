import { Link } from "@/i18n/navigation";
import type { RegionSummary } from "@/lib/regions/queries";
import { capitals, project } from "@/lib/regions/geo";
import { routes } from "@/lib/routes";

const W = 960;
const H = 360;

// A schematic map: each member's capital as a point that links to the region.
export function RegionMap({ regions, title, description }: { regions: RegionSummary[]; title: string; description: string }) {
  const points = regions.flatMap((r) => (capitals[r.code] ? [{ r, xy: project(capitals[r.code]!, W, H) }] : []));
  return (
    <figure className="overflow-hidden rounded-lg border border-slate-200 bg-brand-50">
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-labelledby="region-map-title region-map-desc" className="h-auto w-full">
        <title id="region-map-title">{title}</title>
        <desc id="region-map-desc">{description}</desc>
        <line x1={W * 0.6} x2={W * 0.6} y1={10} y2={H - 10} stroke="#c7d6ea" strokeDasharray="4 6" />
        {points.map(({ r, xy: [x, y] }) => (
          <Link key={r.code} href={routes.region(r.slug)} aria-label={r.name}>
            {/* A dot named by its region (the ISO codes once shown beside it were Latin on Russian
                pages and too small to read on a phone); the list beside the map names them all. */}
            <title>{r.name}</title>
            <circle cx={x} cy={y} r={16} fill="transparent" />
            <circle cx={x} cy={y} r={9} className="fill-brand-700 hover:fill-accent-600" />
          </Link>
        ))}
      </svg>
      <figcaption className="px-4 py-2 text-sm text-slate-600">{description}</figcaption>
    </figure>
  );
}
