import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlbumCard } from "@/components/album-card";
import { CardGrid } from "@/components/card-parts";
import { SitePageHeader } from "@/components/site-page-header";
import { resolvePageLocale } from "@/i18n/page-locale";
import { getAlbums } from "@/lib/gallery/queries";
import { getPage } from "@/lib/pages/queries";
import { routes } from "@/lib/routes";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";
import { LabelledSection } from "@/components/labelled-section";

type Props = PageProps<"/[locale]/press/gallery">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  const [nav, page] = await Promise.all([getTranslations("SiteNav"), getPage(locale, routes.gallery)]);
  return pageMetadata(locale, samePath(routes.gallery), { title: page?.title ?? nav("sections.gallery"), description: page?.description });
}

export default async function GalleryPage({ params }: Props) {
  const { locale } = await resolvePageLocale(params);
  const [t, nav, page, albums] = await Promise.all([
    getTranslations("GalleryPage"),
    getTranslations("SiteNav"),
    getPage(locale, routes.gallery),
    getAlbums(locale),
  ]);
  return (
    <div className="space-y-8">
      <SitePageHeader page={page} fallbackTitle={nav("sections.gallery")} />
      <LabelledSection id="gallery-albums" heading="mb-4 text-xl font-semibold text-brand-900" title={t("albums")}>
        <CardGrid items={albums} className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3" empty={<p className="text-slate-600">{t("empty")}</p>}>
          {(album) => <AlbumCard album={album} />}
        </CardGrid>
      </LabelledSection>
    </div>
  );
}
