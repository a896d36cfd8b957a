import { getLocale } from "next-intl/server";
import { DocumentList } from "@/components/document-list";
import { RichText } from "@/components/rich-text";
import type { Locale } from "@/i18n/routing";
import { getDocuments } from "@/lib/documents/queries";
import type { SitePage } from "@/lib/pages/queries";

// The stored text of a site-map page that has no screen of its own, with the documents
// attached to it: used by the catch-all route and by /projects/[program] for project
// pages that are not ratings.
export async function SitePageView({ page }: { page: SitePage }) {
  const documents = await getDocuments((await getLocale()) as Locale, page.path);
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{page.title}</h1>
      <RichText doc={page.body} />
      {documents.length > 0 && <DocumentList documents={documents} />}
    </article>
  );
}
