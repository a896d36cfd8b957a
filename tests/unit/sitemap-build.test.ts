import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { newsSitemapXml, SITEMAP_LIMIT, sitemapCount, sitemapIndexXml, sitemapSlice, sitemapXml, toSitemapEntry } from "../../lib/sitemap/build";
import { sitemapSchemaErrors } from "../support/sitemap-schema";

const base = "https://airr.example";

describe("sitemap entries", () => {
  it("name both translations and x-default (Russian) when both exist", () => {
    const entry = toSitemapEntry(
      { locale: "en", paths: { ru: "/press/news/ru-slug", en: "/press/news/en-slug" }, lastModified: "2024-04-10T07:00:00.000Z" },
      base,
    );
    expect(entry.loc).toBe(`${base}/en/press/news/en-slug`);
    expect(entry.lastmod).toBe("2024-04-10T07:00:00.000Z");
    expect(entry.alternates).toEqual([
      { hreflang: "ru", href: `${base}/ru/press/news/ru-slug` },
      { hreflang: "en", href: `${base}/en/press/news/en-slug` },
      { hreflang: "x-default", href: `${base}/ru/press/news/ru-slug` },
    ]);
  });

  it("never name a translation that does not exist", () => {
    const entry = toSitemapEntry({ locale: "ru", paths: { ru: "/press/news/only-ru" } }, base);
    expect(entry.alternates.map((a) => a.hreflang)).toEqual(["ru", "x-default"]);
  });

  it("write the home page without a trailing slash", () => {
    expect(toSitemapEntry({ locale: "ru", paths: { ru: "/", en: "/" } }, base).loc).toBe(`${base}/ru`);
  });
});

describe("sitemap files", () => {
  it("stay one file up to 50,000 URLs and split past it", () => {
    expect(sitemapCount(0)).toBe(1);
    expect(sitemapCount(SITEMAP_LIMIT)).toBe(1);
    expect(sitemapCount(SITEMAP_LIMIT + 1)).toBe(2);
  });

  it("put the fixed URLs first and slice the articles without gaps or overlaps", () => {
    expect(sitemapSlice(0, 100)).toEqual({ fixed: [0, 100], skip: 0, take: SITEMAP_LIMIT - 100 });
    expect(sitemapSlice(1, 100)).toEqual({ fixed: [100, 100], skip: SITEMAP_LIMIT - 100, take: SITEMAP_LIMIT });
    expect(sitemapSlice(2, 100).skip).toBe(2 * SITEMAP_LIMIT - 100);
  });

  it("are listed in a well-formed sitemap index with absolute locations", () => {
    const xml = sitemapIndexXml(base, 3);
    expect(XMLValidator.validate(xml)).toBe(true);
    const index = new XMLParser({ isArray: (name) => name === "sitemap" }).parse(xml).sitemapindex;
    expect(index.sitemap.map((s: { loc: string }) => s.loc)).toEqual([0, 1, 2].map((id) => `${base}/sitemaps/sitemap/${id}.xml`));
  });
});

describe("sitemap files against the sitemaps.org schemas (xmllint)", () => {
  const entries = [
    toSitemapEntry({ locale: "ru", paths: { ru: "/press/news/a&b", en: "/press/news/a-b" }, lastModified: "2024-04-10T07:00:00.000Z" }, base),
    toSitemapEntry({ locale: "ru", paths: { ru: "/projects/best-practices/only-ru" } }, base),
  ];

  it("a file with hreflang alternates and lastmod is valid, and lists its URLs", async () => {
    const xml = sitemapXml(entries);
    expect(await sitemapSchemaErrors(xml, "urlset")).toEqual([]);
    expect(xml).toContain(`<loc>${base}/ru/press/news/a&amp;b</loc><lastmod>2024-04-10T07:00:00.000Z</lastmod><xhtml:link`);
  });

  it("the validator refuses lastmod after the alternates, as Next.js's own writer puts it", async () => {
    const swapped = sitemapXml(entries).replace(/(<loc>[^<]*<\/loc>)(<lastmod>[^<]*<\/lastmod>)((?:<xhtml:link[^>]*\/>)+)/, "$1$3$2");
    expect((await sitemapSchemaErrors(swapped, "urlset")).join("\n")).toMatch(/lastmod/);
  });

  it("the index is valid", async () => {
    expect(await sitemapSchemaErrors(sitemapIndexXml(base, 2), "index")).toEqual([]);
  });
});

describe("the Google News sitemap", () => {
  const base = "https://airr.example";
  const items = [
    { locale: "ru" as const, path: "/press/news/itogi", title: "Итоги «рейтинга» & планы", publishedAt: "2026-12-03T09:00:00.000Z" },
    { locale: "en" as const, path: "/press/news/results", title: "Results", publishedAt: "2026-12-03T10:00:00.000Z" },
  ];
  const xml = newsSitemapXml(base, items, (locale) => (locale === "ru" ? "АИРР" : "AIRR"));

  it("is valid against the sitemap and news schemas, with the publication in each text's language", async () => {
    expect(await sitemapSchemaErrors(xml, "news")).toEqual([]);
    expect(xml).toContain(`<loc>${base}/ru/press/news/itogi</loc><news:news><news:publication><news:name>АИРР</news:name><news:language>ru</news:language>`);
    expect(xml).toContain("<news:title>Итоги «рейтинга» &amp; планы</news:title>");
    expect(xml).toContain("<news:name>AIRR</news:name><news:language>en</news:language>");
  });

  it("the validator refuses an entry without its title", async () => {
    expect((await sitemapSchemaErrors(xml.replace(/<news:title>Results<\/news:title>/, ""), "news")).join("\n")).toMatch(/title|publication_date|Missing/i);
  });
});
