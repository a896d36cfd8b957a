import { getTranslations } from "next-intl/server";
import { FilteredShape } from "@/components/region-filter";
import { Link } from "@/i18n/link";
import type { RegionSummary } from "@/lib/regions/queries";
import { getRussiaMap, russiaBaseLayerPath } from "@/lib/regions/russia-map";
import { routes } from "@/lib/routes";

type Props = { regions: RegionSummary[]; title: string; description: string };

// Every federal subject is drawn faintly by one image the browser caches; only the members are
// in the page, as links named by the region. On a phone the map keeps a readable size and
// scrolls sideways inside its frame, and the list of regions follows it.
export async function RegionMap({ regions, title, description }: Props) {
  const t = await getTranslations("RegionMap");
  const map = getRussiaMap();
  const members = regions.flatMap((r) => {
    const d = map.shapes.get(r.code);
    return d ? [{ r, d }] : [];
  });
  return (
    <figure className="rounded-lg border border-slate-200 bg-white">
      <div className="overflow-x-auto">
        <svg
          viewBox={`0 0 ${map.width} ${map.height}`}
          role="group"
          aria-labelledby="region-map-title region-map-desc"
          className="h-auto w-full min-w-[52rem] md:min-w-0"
        >
          <title id="region-map-title">{title}</title>
          <desc id="region-map-desc">{description}</desc>
          <image href={`${russiaBaseLayerPath}?v=${map.version}`} width={map.width} height={map.height} className="region-map-base" aria-hidden />
          {members.map(({ r, d }) => (
            <FilteredShape key={r.code} competencies={r.competencies.map((c) => c.slug)}>
              <Link href={routes.region(r.slug)} aria-label={r.name} className="group outline-none">
                <title>{r.name}</title>
                <path d={d} strokeWidth={0.8} className="region-map-member" />
              </Link>
            </FilteredShape>
          ))}
        </svg>
      </div>
      <figcaption className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-4 py-2 text-sm text-slate-600">
        <span>{description}</span>
        <span className="md:hidden">{t("scroll")}</span>
        <span>{t("credit")}</span>
      </figcaption>
    </figure>
  );
}
