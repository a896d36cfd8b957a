import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../i18n/routing";
import { buildRss, type FeedArticle, type FeedChannel } from "../../lib/feeds/build";

const base = "https://airr.example";
const absolute = (locale: Locale, path: string) => `${base}/${locale}${path === "/" ? "" : path}`;
const kindLabel = (kind: string) => `kind:${kind}`;
const channel: FeedChannel = { locale: "ru", title: "АИРР — новости", description: "Новости & пресс-релизы", pagePath: "/", feedPath: "/feed.xml" };

const article = (over: Partial<FeedArticle> = {}): FeedArticle => ({
  id: "art1",
  slug: "first-news",
  kind: "news",
  title: "Первая новость",
  lead: "Вводный абзац",
  author: "",
  publishedAt: "2024-06-20T07:00:00.000Z",
  regions: [],
  ...over,
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["item", "category"].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).rss as { "@version": string; "@xmlns:atom": string; channel: Record<string, unknown> & { item?: Record<string, unknown>[] } };
}

describe("RSS feed builder", () => {
  it("writes a well-formed RSS 2.0 channel with localized title, language and a self link", () => {
    const rss = parse(buildRss(channel, [article()], absolute, kindLabel));
    expect(rss["@version"]).toBe("2.0");
    expect(rss.channel.title).toBe("АИРР — новости");
    expect(rss.channel.description).toBe("Новости & пресс-релизы");
    expect(rss.channel.language).toBe("ru");
    expect(rss.channel.link).toBe(`${base}/ru`);
    expect(rss.channel["atom:link"]).toMatchObject({ "@href": `${base}/ru/feed.xml`, "@rel": "self", "@type": "application/rss+xml" });
    expect(rss["@xmlns:atom"]).toBe("http://www.w3.org/2005/Atom");
  });

  it("dates the channel by its newest publication or announced update, whichever is later", () => {
    const older = article({ id: "a2", publishedAt: "2024-05-01T07:00:00.000Z", updatedAt: "2024-07-02T11:20:00.000Z" });
    const rss = parse(buildRss(channel, [article(), older], absolute, kindLabel));
    expect(new Date(String(rss.channel.lastBuildDate)).toISOString()).toBe("2024-07-02T11:20:00.000Z");
    const plain = parse(buildRss(channel, [article()], absolute, kindLabel));
    expect(new Date(String(plain.channel.lastBuildDate)).toISOString()).toBe("2024-06-20T07:00:00.000Z");
  });

  it("gives every item an absolute, locale-prefixed link, its date, lead and categories", () => {
    const a = article({ kind: "press_release", regions: [{ slug: "perm-territory", name: "Пермский край" }] });
    const [item] = parse(buildRss(channel, [a], absolute, kindLabel)).channel.item!;
    expect(item!.link).toBe(`${base}/ru/press/news/first-news`);
    expect(item!.link).toMatch(/^https?:\/\//);
    expect(item!.pubDate).toBe("Thu, 20 Jun 2024 07:00:00 GMT");
    expect(item!.description).toBe("Вводный абзац");
    expect(item!.category).toEqual(["kind:press_release", "Пермский край"]);
  });

  it("escapes markup and ampersands in titles instead of letting them through", () => {
    const title = `Rock & Roll <script>alert("x")</script> ]]> end`;
    const xml = buildRss(channel, [article({ title, lead: "a < b && c", regions: [{ slug: "x", name: "R & D" }] })], absolute, kindLabel);
    const [item] = parse(xml).channel.item!;
    expect(Object.keys(item!)).not.toContain("script");
    // Readers render item titles as HTML as they do descriptions: both arrive escaped, as text.
    expect(item!.title).toBe("Rock &amp; Roll &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; end");
    expect(item!.description).toBe("a &lt; b &amp;&amp; c");
    expect(item!.category).toContain("R & D");
  });

  it("drops characters XML forbids rather than producing an unreadable feed", () => {
    const [item] = parse(buildRss(channel, [article({ title: "Bell\u0007 and form feed\u000C" })], absolute, kindLabel)).channel.item!;
    expect(item!.title).toBe("Bell and form feed");
  });

  it("keeps the guid stable (article id and locale, not a permalink) when the slug or text changes", () => {
    const guid = (a: FeedArticle, locale: Locale) => parse(buildRss({ ...channel, locale }, [a], absolute, kindLabel)).channel.item![0]!.guid;
    const before = guid(article(), "ru");
    expect(before).toMatchObject({ "@isPermaLink": "false" });
    expect(guid(article({ slug: "renamed", title: "Другой заголовок" }), "ru")).toEqual(before);
    expect(guid(article(), "en")).not.toEqual(before);
  });

  it("names the author as dc:creator with its namespace declared, and only when there is one", () => {
    const xml = buildRss(channel, [article({ author: "Татьяна Рязапова" }), article({ id: "art2", slug: "second" })], absolute, kindLabel);
    const rss = parse(xml);
    expect(rss.channel["@xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
    expect(rss.channel.item![0]!["dc:creator"]).toBe("Татьяна Рязапова");
    expect(rss.channel.item![1]!["dc:creator"]).toBeUndefined();
    expect(buildRss(channel, [article()], absolute, kindLabel)).not.toContain("xmlns:dc");
  });

  it("produces the same text for the same content (no build-time clock in the channel)", () => {
    const once = buildRss(channel, [article()], absolute, kindLabel);
    expect(buildRss(channel, [article()], absolute, kindLabel)).toBe(once);
    expect(parse(once).channel.lastBuildDate).toBe("Thu, 20 Jun 2024 07:00:00 GMT");
  });

  it("is still a valid channel when nothing is published", () => {
    expect(parse(buildRss(channel, [], absolute, kindLabel)).channel.item).toBeUndefined();
  });
});

describe("the Yandex.News feed", () => {
  it("carries each text in full in yandex:full-text, its cover as an enclosure, and declares the namespace", () => {
    const xml = buildRss(
      channel,
      [article({ fullText: "Полный текст <с тегом> & амперсандом\nвторой абзац", image: { url: `${base}/media/a.webp`, type: "image/webp", length: 1234 } })],
      absolute,
      kindLabel,
    );
    const rss = parse(xml);
    expect(xml).toContain('xmlns:yandex="http://news.yandex.ru"');
    const item = rss.channel.item![0]!;
    expect(item["yandex:full-text"]).toBe("Полный текст <с тегом> & амперсандом\nвторой абзац");
    expect(item.enclosure).toMatchObject({ "@url": `${base}/media/a.webp`, "@type": "image/webp", "@length": "1234" });
  });

  it("leaves the namespace and element out of the ordinary feed", () => {
    const xml = buildRss(channel, [article()], absolute, kindLabel);
    expect(xml).not.toContain("yandex");
  });
});
