import { describe, expect, it } from "vitest";
import { LocaleLinkWriter } from "../../server/http/locale-links";

// The shape React and Next.js write: hreflang alternates in <head>, the header's language link
// (components/locale-switcher.tsx) later in the body, Cyrillic text around both.
const page = (alternate: string | null) =>
  `<!DOCTYPE html><html lang="ru"><head><meta charSet="utf-8"/><title>Выездное совещание</title>` +
  `<link rel="alternate" type="application/rss+xml" href="http://localhost/ru/feed.xml" title="Новости"/>` +
  `<link rel="canonical" href="http://localhost/ru/press/news/vyezdnoe"/>` +
  `<link rel="alternate" hrefLang="ru" href="http://localhost/ru/press/news/vyezdnoe"/>` +
  (alternate ? `<link rel="alternate" hrefLang="en" href="http://localhost${alternate}"/>` : "") +
  `</head><body><header><a href="/ru">Ассоциация</a><ul aria-label="Язык"><li><span aria-current="true">RU</span></li>` +
  `<li><a hrefLang="en" data-locale-link="en" lang="en" title="Read in English" class="block" href="/en/press/news/vyezdnoe">EN</a></li></ul></header>` +
  `<main><h1>Выездное совещание в Перми</h1><a data-locale-link="en" href="/en/press/news/vyezdnoe">not the header</a></main></body></html>`;

function run(html: string, sizes: number | "string", url = "/ru/press/news/vyezdnoe?from=feed") {
  const writer = new LocaleLinkWriter(url);
  if (sizes === "string") return Buffer.concat([toBuffer(writer.apply(html)), writer.flush()]).toString("utf8");
  const bytes = Buffer.from(html);
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += sizes) out.push(toBuffer(writer.apply(bytes.subarray(at, at + sizes))));
  out.push(writer.flush());
  return Buffer.concat(out).toString("utf8");
}
const toBuffer = (chunk: Buffer | string) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk);

describe("the header's language link on its way out", () => {
  const translated = page("/en/press/news/perm-meeting");
  const expected = translated.replace('class="block" href="/en/press/news/vyezdnoe"', 'class="block" href="/en/press/news/perm-meeting"');

  it("points at the translation's own address, named by the page's alternate", () => {
    expect(expected).not.toBe(translated);
    expect(run(translated, "string")).toBe(expected);
  });

  it("does so however the page is cut into chunks, bytes of Cyrillic included", () => {
    for (const size of [1, 2, 3, 7, 64, 100, 333, 1000]) expect(run(translated, size)).toBe(expected);
  });

  it("leaves the link of a page without a translation, and everything after the header", () => {
    const untranslated = page(null);
    expect(run(untranslated, "string")).toBe(untranslated);
    expect(run(untranslated, 5)).toBe(untranslated);
    expect(run(expected, "string").match(/not the header/g)).toHaveLength(1);
    expect(run(translated, "string")).toContain('<a data-locale-link="en" href="/en/press/news/vyezdnoe">not the header');
  });

  it("leaves pages whose translation has the same path, and pages outside the locales", () => {
    const samePath = page("/en/press/news/vyezdnoe");
    expect(run(samePath, "string")).toBe(samePath);
    expect(run(translated, "string", "/admin/articles")).toBe(translated);
  });

  it("passes any other HTML through unchanged", () => {
    const other = "<!DOCTYPE html><html><head></head><body><p>a < b</p></body></html>";
    expect(run(other, "string")).toBe(other);
    expect(run(other, 4)).toBe(other);
  });
});
