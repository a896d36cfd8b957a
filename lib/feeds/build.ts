import { Feed } from "feed";
import type { Locale } from "@/i18n/routing";
import type { ArticleCard } from "@/lib/articles/queries";
import { escapeHtml } from "@/lib/html/escape";
import { routes } from "@/lib/routes";

// Pure: rows in, RSS 2.0 text out, so it can be tested without Next.js or a database.

// A news card's fields (its cover aside), with what feeds add.
export type FeedArticle = Omit<ArticleCard, "cover"> & {
  // The newest update note's time, if its editors announced one.
  updatedAt?: string;
  // For news aggregators (Yandex.News): the whole text, plain, and the cover picture.
  fullText?: string;
  image?: { url: string; type: string; length: number };
};

export type FeedChannel = {
  locale: Locale;
  title: string;
  description: string;
  // Paths after the locale (from lib/routes): the page the feed belongs to, and the feed itself.
  pagePath: string;
  feedPath: string;
};

// Turns a locale and a path into an absolute URL (the route passes siteUrl() + getPathname).
export type AbsoluteUrl = (locale: Locale, path: string) => string;

export const FEED_SIZE = 50;
export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";

const DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";
const YANDEX_NAMESPACE = "http://news.yandex.ru";

// Characters XML 1.0 forbids anywhere (C0 controls other than tab and line breaks, lone
// surrogates, U+FFFE/FFFF); one pasted from a word processor would make the whole feed unreadable.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;
const clean = (text: string) => text.replace(INVALID_XML, "");

// Stable across slug changes and republishing; the same article in the other language is another item.
export const feedGuid = (articleId: string, locale: Locale) => `urn:airr:article:${articleId}:${locale}`;

export function buildRss(channel: FeedChannel, articles: FeedArticle[], absolute: AbsoluteUrl, kindLabel: (kind: string) => string): string {
  const { locale } = channel;
  const newest = articles
    .map((a) => (a.updatedAt && a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt))
    .sort()
    .at(-1);
  const feed = new Feed({
    title: clean(channel.title),
    description: clean(channel.description),
    id: absolute(locale, channel.pagePath),
    link: absolute(locale, channel.pagePath),
    feed: absolute(locale, channel.feedPath),
    language: locale,
    generator: false,
    // The newest item's date or update, not "now": a rebuild of unchanged content yields the same text.
    updated: newest ? new Date(newest) : undefined,
  });
  // RSS <author> must be an e-mail address; a name alone belongs in dc:creator, whose
  // namespace the library only declares for full-content feeds, so it goes on <channel>.
  const namespaces = {
    ...(articles.some((a) => a.author) && { "xmlns:dc": DC_NAMESPACE }),
    ...(articles.some((a) => a.fullText !== undefined) && { "xmlns:yandex": YANDEX_NAMESPACE }),
  };
  if (Object.keys(namespaces).length) feed.addExtension({ name: "_attributes", objects: namespaces });
  for (const a of articles) {
    feed.addItem({
      // Readers take an item's title and description as HTML (and the library wraps both in
      // CDATA, which escapes nothing): a title's "<" and "&" are text, so both are escaped.
      title: escapeHtml(clean(a.title)),
      link: absolute(locale, routes.article(a.slug)),
      guid: feedGuid(a.id, locale),
      date: new Date(a.publishedAt),
      description: escapeHtml(clean(a.lead)),
      category: [{ name: clean(kindLabel(a.kind)) }, ...a.regions.map((r) => ({ name: clean(r.name) }))],
      enclosure: a.image,
      extensions: [
        ...(a.author ? [{ name: "dc:creator", objects: { _text: clean(a.author) } }] : []),
        ...(a.fullText !== undefined ? [{ name: "yandex:full-text", objects: { _text: clean(a.fullText) } }] : []),
      ],
    });
  }
  return feed.rss2();
}
