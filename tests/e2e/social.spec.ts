import { expect, test, type APIRequestContext } from "@playwright/test";

// The tags messengers and social networks read for a link preview, on one page of every
// indexable type in both languages.

const PAGES = [
  ["/ru", "website"],
  ["/en/about/history", "website"],
  ["/ru/regions/perm-territory", "website"],
  ["/en/press/news", "website"],
  ["/ru/press/news/vyezdnoe-soveshchanie-atr-v-permi", "article"],
  ["/ru/press/gallery/strategicheskaya-sessiya-v-yakutii", "website"],
  ["/en/press/gallery/innovative-clusters-strategic-session-2018-video", "website"],
  ["/en/projects/best-practices/engineering-classes-run-with-industrial-employers", "website"],
  ["/ru/projects/techsuccess/2019", "website"],
] as const;

async function metaTags(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const tags = new Map<string, string[]>();
  for (const [, key, content] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) tags.set(key!, [...(tags.get(key!) ?? []), content!]);
  return { tags, html };
}

async function expectCompleteTags(request: APIRequestContext, path: string) {
  const { tags, html } = await metaTags(request, path);
  const one = (key: string) => tags.get(key)?.[0];
  const locale = path.startsWith("/ru") ? "ru_RU" : "en_US";
  expect(one("og:site_name"), `og:site_name on ${path}`).toBe(
    locale === "ru_RU" ? "Ассоциация инновационных регионов России" : "Association of Innovative Regions of Russia",
  );
  expect(one("og:locale"), path).toBe(locale);
  expect(one("og:title"), path).toBeTruthy();
  // og:url is the page's canonical address.
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  expect(one("og:url"), `og:url on ${path}`).toBe(canonical);
  expect(new URL(one("og:url")!).pathname, path).toBe(path);
  expect(one("og:image"), path).toMatch(/^https?:\/\//);
  expect(Number(one("og:image:width")), path).toBeGreaterThan(0);
  expect(Number(one("og:image:height")), path).toBeGreaterThan(0);
  expect(one("og:image:alt"), path).toBeTruthy();
  expect(one("twitter:image:alt"), path).toBe(one("og:image:alt"));
  // A translation that exists is named; one that does not, is not.
  const alternates = [...html.matchAll(/<link rel="alternate" hreflang="(ru|en)"/gi)].map((m) => m[1]);
  expect((tags.get("og:locale:alternate") ?? []).length, `og:locale:alternate on ${path}`).toBe(alternates.length - 1);
  return one("og:type");
}

for (const [path, type] of PAGES) {
  test(`complete social tags: ${path}`, async ({ request }) => {
    expect(await expectCompleteTags(request, path)).toBe(type);
  });
}

test("every page the sitemap lists has complete social tags", async ({ request }) => {
  test.setTimeout(120_000);
  const locs = async (url: string) => [...(await (await request.get(url)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths = (await Promise.all((await locs("/sitemap.xml")).map(locs))).flat();
  expect(paths.length).toBeGreaterThan(100);
  for (const path of paths) await expectCompleteTags(request, path);
});

test("a video album names its videos; structured data names a square logo and the author's page", async ({ request }) => {
  const { tags } = await metaTags(request, "/en/press/gallery/innovative-clusters-strategic-session-2018-video");
  expect(tags.get("og:video")?.[0]).toMatch(/\/media\/.+\.webm$/);
  expect(tags.get("og:video:type")?.[0]).toBe("video/webm");
  const html = await (await request.get("/ru/press/news/vyezdnoe-soveshchanie-atr-v-permi")).text();
  const data = JSON.parse(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!);
  const article = data["@graph"][0];
  expect(article.publisher.logo).toMatchObject({ width: 512, height: 512, url: expect.stringMatching(/\/logo\.png$/) });
  if (article.author["@type"] === "Person") expect(article.author.url).toMatch(/\/ru\/press\/contacts$/);
  expect((await request.get("/logo.png")).headers()["content-type"]).toBe("image/png");
});
