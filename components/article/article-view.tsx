import { useFormatter, useLocale, useTranslations } from "next-intl";
import { MediaImage } from "@/components/media-image";
import { RegionLinks } from "@/components/region-links";
import { RichText } from "@/components/rich-text";
import { DownloadOriginal, originalDownload, PhotoArchive } from "@/components/photo-download";
import { getPathname } from "@/i18n/navigation";
import { articlePhotos } from "@/lib/articles/photos";
import { photoFileName } from "@/lib/media/photo-name";
import type { ArticleDetail } from "@/lib/articles/article";
import { routes } from "@/lib/routes";
import { ShareLinks } from "./share-links";

// `preview`: an editor's look at a text not yet public, whose photo archive does not exist yet.
export function ArticleView({ article, url, preview = false }: { article: ArticleDetail; url: string; preview?: boolean }) {
  const t = useTranslations("ArticlePage");
  const photos = useTranslations("Photos");
  const locale = useLocale();
  const pictures = articlePhotos(article);
  // Each photo's original, named by its place among all the text's photos, as in the archive.
  const downloads = new Map(
    pictures.map((p, i) => [
      p.id,
      originalDownload(p.original, photoFileName(article.slug, i, p.original?.mimeType ?? ""), locale, (v) => photos("original", v)),
    ]),
  );
  const cover = article.cover && downloads.get(article.cover.id);
  const bodyMedia = Object.fromEntries(
    Object.entries(article.bodyMedia).map(([id, m]) => [id, m.type === "image" ? { ...m, download: downloads.get(m.image.id) ?? undefined } : m]),
  );
  const kind = useTranslations("NewsCard");
  const format = useFormatter();
  // Date, time and zone (the site's, Moscow): members span seven time zones.
  const date = (iso: string) =>
    format.dateTime(new Date(iso), { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
  return (
    <article className="max-w-3xl space-y-6">
      {article.withdrawnNotice !== null && (
        <aside role="note" className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900">
          <p className="font-semibold">{t("withdrawn")}</p>
          {article.withdrawnNotice && <p className="mt-1">{article.withdrawnNotice}</p>}
        </aside>
      )}
      <header className="space-y-3">
        <p className="flex flex-wrap gap-x-3 text-sm text-slate-600">
          <span className="font-medium text-brand-800">{kind("kind", { kind: article.kind })}</span>
          <span>
            {t("published")} <time dateTime={article.publishedAt}>{date(article.publishedAt)}</time>
          </span>
          {article.updates.length > 0 && (
            <a href="#updates" className="underline underline-offset-2">
              {t("updated")} <time dateTime={article.modifiedAt}>{date(article.modifiedAt)}</time>
            </a>
          )}
        </p>
        <h1 className="text-3xl leading-tight font-bold text-brand-900 md:text-4xl">{article.title}</h1>
        {article.lead && <p className="text-lg text-slate-700">{article.lead}</p>}
        {article.regions.length > 0 && (
          <p className="text-sm">
            <span className="text-slate-600">{t("regions")}: </span>
            <RegionLinks regions={article.regions} />
          </p>
        )}
      </header>
      {article.cover && (
        <div className="space-y-1">
          <MediaImage image={article.cover} sizes="(min-width: 800px) 768px, 100vw" figure priority className="h-auto w-full rounded-lg" />
          {cover && <DownloadOriginal download={cover} credit="" />}
        </div>
      )}
      <RichText doc={article.body} media={bodyMedia} />
      {article.updates.length > 0 && (
        <section id="updates" aria-labelledby="updates-title" className="space-y-2 rounded border border-slate-200 bg-slate-50 p-4 text-sm text-slate-800">
          <h2 id="updates-title" className="font-semibold text-brand-900">
            {t("updateHistory")}
          </h2>
          <ul className="space-y-1">
            {article.updates.map((u) => (
              <li key={u.at}>{t.rich("updateEntry", { date: date(u.at), note: u.note, time: (chunks) => <time dateTime={u.at}>{chunks}</time> })}</li>
            ))}
          </ul>
        </section>
      )}
      {!preview && pictures.some((p) => p.original) && (
        <PhotoArchive href={getPathname({ locale, href: routes.articlePhotos(article.slug) })} photos={pictures} />
      )}
      <footer className="space-y-2 border-t border-slate-200 pt-4 text-sm text-slate-700">
        {article.author && (
          <p>
            {t("author")}: {article.author}
          </p>
        )}
        {article.sourceUrl && (
          <p>
            {t("source")}:{" "}
            <a href={article.sourceUrl} rel="noopener noreferrer" className="text-link">
              {article.sourceName ?? article.sourceUrl}
            </a>
          </p>
        )}
        <p className="hidden print:block">{t("printedFrom", { url })}</p>
      </footer>
      <ShareLinks url={url} title={article.title} />
    </article>
  );
}
