import { expect, test, type APIRequestContext } from "@playwright/test";
import { sitemapSchemaErrors } from "../support/sitemap-schema";

// The sitemap as a search engine reads it, against what a crawler finds by following links:
// every file valid against the sitemaps.org schema, every listed URL a page, every indexable
// page reached from the home pages listed, and every page's language link answering 200.

test.describe.configure({ timeout: 180_000 });

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));

async function sitemapFiles(request: APIRequestContext) {
  const index = await (await request.get("/sitemap.xml")).text();
  expect(await sitemapSchemaErrors(index, "index"), "/sitemap.xml").toEqual([]);
  return Promise.all(locs(index).map(async (loc) => ({ path: new URL(loc).pathname, xml: await (await request.get(new URL(loc).pathname)).text() })));
}

// Pages that are not content of their own: feeds, downloads, search, filters and page numbers.
const crawlable = (path: string) => /^\/(ru|en)(\/|$)/.test(path) && !/\.(xml|zip|csv|pdf|docx?|xlsx?|jpe?g|png|webp|svg|webm|mp4)$|\/search|\/csv$/.test(path);

test("every sitemap file is valid, lists pages that answer 200, and misses no indexable page a crawler finds", async ({ request }) => {
  const files = await sitemapFiles(request);
  const listed = new Set<string>();
  for (const f of files) {
    expect(await sitemapSchemaErrors(f.xml, "urlset"), f.path).toEqual([]);
    for (const loc of locs(f.xml)) listed.add(new URL(loc).pathname);
  }
  for (const kind of ["/ru/projects/best-practices/", "/en/press/gallery/", "/ru/projects/techsuccess/2019"]) {
    expect(
      [...listed].some((p) => p.startsWith(kind)),
      kind,
    ).toBe(true);
  }

  // Breadth first from both home pages, following links in the pages' HTML.
  const seen = new Set(["/ru", "/en"]);
  const queue = [...seen];
  const indexable = new Set<string>();
  const languageLinks = new Map<string, string>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    const res = await request.get(path, { maxRedirects: 0 });
    if (res.status() !== 200 || !(res.headers()["content-type"] ?? "").startsWith("text/html")) continue;
    const html = await res.text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    if (canonical && new URL(canonical).pathname === path && !/<meta name="robots" content="[^"]*noindex/.test(html)) indexable.add(path);
    // The header's language link as the server sent it, i.e. as it works without JavaScript.
    const language = /\shref="([^"]+)"/.exec(/<a\s[^>]*data-locale-link="[a-z]{2}"[^>]*>/.exec(html)?.[0] ?? "")?.[1];
    expect(language, `language link on ${path}`).toBeDefined();
    languageLinks.set(language!, path);
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"#?]+)["#?]/g)) {
      const next = new URL(href!.replace(/&amp;/g, "&"), "http://site").pathname;
      if (crawlable(next) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  expect(indexable.size).toBeGreaterThan(100);
  expect(
    [...indexable].filter((p) => !listed.has(p)),
    "indexable pages missing from the sitemap",
  ).toEqual([]);
  const unanswered: string[] = [];
  for (const p of listed) if ((await request.get(p, { maxRedirects: 0 })).status() !== 200) unanswered.push(p);
  expect(unanswered, "sitemap URLs that do not answer 200").toEqual([]);
  const bounced: string[] = [];
  for (const [link, from] of languageLinks) {
    const status = (await request.get(link, { maxRedirects: 0 })).status();
    if (status !== 200) bounced.push(`${from} → ${link}: ${status}`);
  }
  expect(languageLinks.size).toBeGreaterThan(100);
  expect(bounced, "language links that do not answer 200 at once").toEqual([]);
});
