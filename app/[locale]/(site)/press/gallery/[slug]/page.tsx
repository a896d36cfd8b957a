import type { Metadata } from "next";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { MissingTranslation } from "@/components/missing-translation";
import { ImageViewer } from "@/components/image-viewer";
import { VideoPlayer } from "@/components/video/video-player";
import { originalDownload, PhotoArchive } from "@/components/photo-download";
import { Link } from "@/i18n/link";
import { getPathname } from "@/i18n/navigation";
import { resolvePageLocale } from "@/i18n/page-locale";
import type { Locale } from "@/i18n/routing";
import { getAlbum, getAlbumParams } from "@/lib/gallery/queries";
import { photoFileName } from "@/lib/media/photo-name";
import { imageAttributes, mediaUrl } from "@/lib/media/variants";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/social";
import { siteUrl } from "@/lib/site-url";
import { decodeSegment } from "@/lib/url";
import { LabelledSection } from "@/components/labelled-section";

type Props = PageProps<"/[locale]/press/gallery/[slug]">;

export async function generateStaticParams() {
  return getAlbumParams();
}

async function load(locale: Locale, slug: string) {
  const decoded = decodeSegment(slug);
  return decoded === null ? null : getAlbum(locale, decoded);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await resolvePageLocale(params);
  const found = await load(locale, slug);
  if (found?.type === "missing") return { robots: { index: false } };
  if (found?.type !== "album") return {};
  const { album } = found;
  const paths = Object.fromEntries(Object.entries(album.slugs).map(([l, s]) => [l, routes.album(s)]));
  const cover = album.cover?.variants.at(-1);
  const image = cover ? { url: mediaUrl(cover.key), width: cover.width, height: cover.height, alt: album.cover!.alt } : undefined;
  // A played file is the video itself; a hosted one, its host's player page.
  const videos = album.videos.flatMap(({ player: v }) =>
    v ? [v.kind === "file" ? { url: siteUrl() + v.url, type: v.mimeType } : { url: v.playerUrl, type: "text/html" }] : [],
  );
  return pageMetadata(locale, paths, { title: album.title, description: album.description }, { image, openGraph: { videos } });
}

export default async function AlbumPage({ params }: Props) {
  const { locale, slug } = await resolvePageLocale(params);
  const found = await load(locale, slug);
  if (!found) notFound();
  // An old slug of a published album: its links from before the rename keep working.
  if (found.type === "moved") permanentRedirect(getPathname({ locale, href: routes.album(found.slug) }));
  // Reached with the other language's slug (the locale switcher keeps the path).
  if (found.type === "translated") redirect(getPathname({ locale, href: routes.album(found.slug) }));
  if (found.type === "missing")
    return (
      <MissingTranslation locale={found.locale} title={found.title} href={routes.album(found.slug)} back={{ href: routes.gallery, message: "backGallery" }} />
    );
  const { album } = found;
  const [t, nav, viewer, photos, format] = await Promise.all([
    getTranslations("AlbumPage"),
    getTranslations("SiteNav"),
    getTranslations("ImageViewer"),
    getTranslations("Photos"),
    getFormatter(),
  ]);
  const items = album.photos.flatMap((p, i) => {
    const thumb = imageAttributes(p.variants, "(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw", 480);
    const large = imageAttributes(p.variants, "(min-width: 1024px) 1024px, 100vw", 1600);
    const full = p.variants.at(-1);
    if (!thumb || !large || !full) return [];
    return [
      {
        id: p.id,
        thumb,
        large,
        full: mediaUrl(full.key),
        alt: p.alt,
        caption: p.caption,
        credit: p.credit,
        counter: viewer("dialogLabel", { current: i + 1, total: album.photos.length }),
        download: originalDownload(p.original, photoFileName(album.slugs[locale] ?? slug, i, p.original?.mimeType ?? ""), locale, (v) => photos("original", v)),
      },
    ];
  });
  const labels = { previous: viewer("previous"), next: viewer("next"), close: viewer("close"), openOriginal: viewer("openOriginal"), hint: viewer("hint") };
  return (
    <article className="space-y-8">
      <Breadcrumbs
        label={t("breadcrumb")}
        items={[{ href: routes.press, label: nav("sections.press") }, { href: routes.gallery, label: nav("sections.gallery") }, { label: album.title }]}
      />
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{album.title}</h1>
        {album.takenAt && (
          <p className="text-sm text-slate-600">
            <time dateTime={album.takenAt}>{format.dateTime(new Date(album.takenAt), { dateStyle: "long" })}</time>
          </p>
        )}
        {album.description && <p className="text-lg text-slate-700">{album.description}</p>}
      </header>
      {items.length > 0 && (
        <LabelledSection id="album-photos" heading="mb-4 text-xl font-semibold text-brand-900" title={t("photos")}>
          <div className="mb-4">
            <PhotoArchive href={getPathname({ locale, href: routes.albumPhotos(album.slugs[locale] ?? slug) })} photos={album.photos} />
          </div>
          <ImageViewer items={items} labels={labels} />
        </LabelledSection>
      )}
      {album.videos.length > 0 && (
        <LabelledSection id="album-videos" heading="mb-4 text-xl font-semibold text-brand-900" title={t("videos")}>
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {album.videos.map((v) => (
              <li key={v.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span className="font-medium text-slate-900">{v.title}</span>
                {v.player ? (
                  <div className="w-full">
                    <VideoPlayer video={v.player} />
                  </div>
                ) : (
                  <span className="rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-700">{t("notPublished")}</span>
                )}
              </li>
            ))}
          </ul>
        </LabelledSection>
      )}
      <p>
        <Link href={routes.gallery} className="text-link">
          {t("allAlbums")}
        </Link>
      </p>
    </article>
  );
}
