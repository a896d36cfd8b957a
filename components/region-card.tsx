import { CardTags } from "@/components/card-parts";
import { Link } from "@/i18n/link";
import type { RegionSummary } from "@/lib/regions/queries";
import { routes } from "@/lib/routes";

export function RegionCard({ region }: { region: RegionSummary }) {
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 p-4 hover:border-brand-600">
      <h3 className="font-semibold text-brand-900">
        <Link href={routes.region(region.slug)} className="hover:underline">
          {region.name}
        </Link>
      </h3>
      <p className="text-sm text-slate-600">{region.capital}</p>
      <CardTags tags={region.competencies} />
    </article>
  );
}
