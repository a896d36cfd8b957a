import { RichText } from "@/components/rich-text";
import type { SitePage } from "@/lib/pages/queries";

// The stored text of a site-map page that has no screen of its own: used by the
// catch-all route and by /projects/[program] for project pages that are not ratings.
export function SitePageView({ page }: { page: SitePage }) {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{page.title}</h1>
      <RichText doc={page.body} />
    </article>
  );
}
