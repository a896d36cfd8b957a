import { Link } from "@/i18n/link";
import { routes } from "@/lib/routes";

// Regions named in running text, comma-separated, each a link to its page.
export function RegionLinks({ regions }: { regions: { slug: string; name: string }[] }) {
  return regions.map((r, i) => (
    <span key={r.slug}>
      {i > 0 && ", "}
      <Link href={routes.region(r.slug)} className="text-link inline-block py-0.5">
        {r.name}
      </Link>
    </span>
  ));
}
