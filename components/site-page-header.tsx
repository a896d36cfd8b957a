import { RichText } from "@/components/rich-text";
import type { SitePage } from "@/lib/pages/queries";

// Title and stored text of a site-map page, above whatever the route adds.
export function SitePageHeader({ page, fallbackTitle }: { page: SitePage | null; fallbackTitle: string }) {
  return (
    <header className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{page?.title ?? fallbackTitle}</h1>
      {page && <RichText doc={page.body} />}
    </header>
  );
}
