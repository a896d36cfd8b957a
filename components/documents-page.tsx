import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DocumentList } from "@/components/document-list";
import { SitePageHeader } from "@/components/site-page-header";
import { resolvePageLocale } from "@/i18n/page-locale";
import { getDocuments } from "@/lib/documents/queries";
import { getPage } from "@/lib/pages/queries";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";

type Props = { params: Promise<{ locale: string }> };
type NavKey = "documents" | "brandBook";

// The stored text of a site-map page followed by the files attached to it: About → Basic
// documents and About → Brand book are both this page with another path.
export function documentsPage(path: string, navKey: NavKey) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale } = await resolvePageLocale(params);
    const [nav, page] = await Promise.all([getTranslations("SiteNav"), getPage(locale, path)]);
    return pageMetadata(locale, samePath(path), { title: page?.title ?? nav(`sections.${navKey}`), description: page?.description });
  }

  async function DocumentsPage({ params }: Props) {
    const { locale } = await resolvePageLocale(params);
    const [nav, page, documents] = await Promise.all([getTranslations("SiteNav"), getPage(locale, path), getDocuments(locale, path)]);
    return (
      <div className="space-y-8">
        <SitePageHeader page={page} fallbackTitle={nav(`sections.${navKey}`)} />
        <DocumentList documents={documents} />
      </div>
    );
  }

  return { generateMetadata, DocumentsPage };
}
