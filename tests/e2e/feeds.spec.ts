import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { Site } from "./site";

type Item = { title: string; link: string; guid: { "#text": string }; category?: string[] };
type Url = { loc: string; "xhtml:link"?: { "@hreflang": string; "@href": string }[] };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["item", "category", "url", "sitemap", "xhtml:link"].includes(name),
});

async function getXml(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  const text = await res.text();
  expect(XMLValidator.validate(text), path).toBe(true);
  return { contentType: res.headers()["content-type"] ?? "", doc: parser.parse(text) };
}

async function feedItems(request: APIRequestContext, path: string) {
  const { contentType, doc } = await getXml(request, path);
  expect(contentType).toMatch(/^application\/rss\+xml/);
  return { channel: doc.rss.channel, items: (doc.rss.channel.item ?? []) as Item[] };
}

const YAKUTIA_RU = "Делегация АИРР провела четыре дня в Якутии";
const VALLEYS_EN = /innovation valleys/i;

test.describe("RSS feeds", () => {
  test("the Russian feed lists Russian articles only, with absolute links", async ({ request }) => {
    const { channel, items } = await feedItems(request, "/ru/feed.xml");
    expect(channel.language).toBe("ru");
    expect(channel["atom:link"]["@href"]).toMatch(/^https?:\/\/[^/]+\/ru\/feed\.xml$/);
    expect(items.map((i) => i.title)).toContain(YAKUTIA_RU);
    expect(items.some((i) => VALLEYS_EN.test(i.title) || i.link.includes("innovation-valleys"))).toBe(false);
    for (const item of items) expect(item.link).toMatch(/^https?:\/\/[^/]+\/ru\/press\/news\/[^/]+$/);
    expect(new Set(items.map((i) => i.guid["#text"])).size).toBe(items.length);
  });

  test("the English feed lists English articles only, with absolute links", async ({ request }) => {
    const { channel, items } = await feedItems(request, "/en/feed.xml");
    expect(channel.language).toBe("en");
    expect(items.some((i) => VALLEYS_EN.test(i.title))).toBe(true);
    expect(items.some((i) => /Yakut|Якут/i.test(i.title) || i.link.includes("delegatsiya-airr-v-yakutii"))).toBe(false);
    for (const item of items) expect(item.link).toMatch(/^https?:\/\/[^/]+\/en\/press\/news\/[^/]+$/);
  });

  test("a region's feed lists only that region's articles, in each locale", async ({ request }) => {
    for (const [locale, region] of [
      ["ru", "Пермский край"],
      ["en", "Perm Territory"],
    ] as const) {
      const { channel, items } = await feedItems(request, `/${locale}/regions/perm-territory/feed.xml`);
      expect(channel["atom:link"]["@href"]).toMatch(new RegExp(`^https?://[^/]+/${locale}/regions/perm-territory/feed\\.xml$`));
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.category).toContain(region);
    }
  });

  test("an unknown region or locale has no feed", async ({ request }) => {
    expect((await request.get("/ru/regions/atlantis/feed.xml")).status()).toBe(404);
    expect((await request.get("/en/regions/atlantis/feed.xml")).status()).toBe(404);
    expect((await request.get("/xx/feed.xml")).status()).toBe(404);
  });

  test("pages announce their feeds for autodiscovery", async ({ page }) => {
    const site = new Site(page);
    const feeds = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await site.open("/ru");
    await expect(feeds).toHaveCount(1);
    await expect(feeds).toHaveAttribute("href", /^https?:\/\/[^/]+\/ru\/feed\.xml$/);
    await site.open("/en/regions/perm-territory");
    await expect(feeds).toHaveCount(2);
    await expect(feeds.and(page.locator('[href$="/en/feed.xml"]'))).toHaveCount(1);
    await expect(feeds.and(page.locator('[href$="/en/regions/perm-territory/feed.xml"]'))).toHaveAttribute("title", /Perm Territory/);
  });
});

test.describe("sitemap and robots.txt", () => {
  async function sitemapUrls(request: APIRequestContext): Promise<Url[]> {
    const { contentType, doc } = await getXml(request, "/sitemap.xml");
    expect(contentType).toMatch(/xml/);
    if (doc.urlset) return doc.urlset.url;
    // /sitemap.xml is an index over /sitemaps/sitemap/0.xml, /sitemaps/sitemap/1.xml, …
    const files = (doc.sitemapindex.sitemap as { loc: string }[]).map((s) => new URL(s.loc).pathname);
    const docs = await Promise.all(files.map((f) => getXml(request, f)));
    return docs.flatMap((d) => d.doc.urlset.url as Url[]);
  }

  test("lists both locales with hreflang alternates naming only existing translations", async ({ request }) => {
    const urls = await sitemapUrls(request);
    for (const u of urls) expect(u.loc).toMatch(/^https?:\/\//);
    const at = (path: RegExp) => urls.find((u) => path.test(new URL(u.loc).pathname));
    for (const locale of ["ru", "en"]) {
      expect(at(new RegExp(`^/${locale}$`)), locale).toBeTruthy();
      expect(at(new RegExp(`^/${locale}/regions/perm-territory$`)), locale).toBeTruthy();
    }
    const history = at(/^\/en\/about\/history$/)!;
    expect(history["xhtml:link"]!.map((l) => l["@hreflang"]).sort()).toEqual(["en", "ru", "x-default"]);
    const yakutia = at(/^\/ru\/press\/news\/delegatsiya-airr-v-yakutii$/)!;
    expect(yakutia["xhtml:link"]!.map((l) => l["@hreflang"]).sort()).toEqual(["ru", "x-default"]);
    expect(urls.some((u) => u.loc.includes("/en/") && u.loc.includes("yakutii"))).toBe(false);
  });

  test("robots.txt keeps crawlers out of the back office and the API and names the sitemap", async ({ request }) => {
    const res = await request.get("/robots.txt");
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^Disallow: \/admin$/m);
    expect(text).toMatch(/^Disallow: \/api$/m);
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m);
  });
});
