import { getLocale } from "next-intl/server";
import { DocumentList } from "@/components/document-list";
import { RichText } from "@/components/rich-text";
import { SectionLinks } from "@/components/section-links";
import type { Locale } from "@/i18n/routing";
import { getDocuments } from "@/lib/documents/queries";
import type { SitePage } from "@/lib/pages/queries";
import { getSectionLinks } from "@/lib/pages/sections";

// The stored text of a site-map page that has no screen of its own, with the documents
// attached to it and links to its sections: used by the catch-all route and by /projects/[program] for project
// pages that are not ratings.
export async function SitePageView({ page }: { page: SitePage }) {
  const locale = (await getLocale()) as Locale;
  const [documents, sections] = await Promise.all([getDocuments(locale, page.path), getSectionLinks(locale, page.path)]);
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{page.title}</h1>
      <RichText doc={page.body} />
      <SectionLinks sections={sections} />
      {documents.length > 0 && <DocumentList documents={documents} />}
    </article>
  );
}
