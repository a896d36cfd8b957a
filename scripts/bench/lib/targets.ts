import pg from "pg";
import { PEER_SLUG } from "./peer-article.ts";

// The URLs to measure, with real slugs from the bench database.

// pick: each request's own path. The app server keeps repeated public pages in memory
// (server/http/page-cache.ts), so a row that measures rendering asks for a new address
// every time: an unused query parameter, or for search a new word that matches nothing.
export type Target = { label: string; path: string; pick?: () => string };

let counter = 0;
const everyTimeNew = (path: string) => () => `${path}${path.includes("?") ? "&" : "?"}v=${++counter}`;
const newSearch = (locale: string, q: string) => () => `/${locale}/search?q=${encodeURIComponent(`${q} or z${++counter}`)}`;
export type Targets = { list: Target[]; articleSlugs: { ru: string[]; en: string[] }; newsPages: { ru: number; en: number }; regionSlugs: string[] };

export const SEARCH_RU = "кластер";
export const SEARCH_EN = "cluster";

const PAGE_SIZE = 10; // NEWS_PAGE_SIZE in lib/articles/queries.ts

export async function readTargets(dbUrl: string, peerText = false): Promise<Targets> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const count = async (locale: string) =>
      (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ArticleTranslation" WHERE locale = $1 AND status = 'published'`, [locale])).rows[0]!
        .n;
    const [ru, en] = [await count("ru"), await count("en")];
    // An article in the middle of the archive with both translations: not among the newest
    // 200 the build prerenders, so it is rendered on its first request and cached after.
    const middle = await client.query<{ ru: string; en: string }>(
      `
      SELECT r.slug AS ru, e.slug AS en FROM "ArticleTranslation" r JOIN "ArticleTranslation" e ON e."articleId" = r."articleId" AND e.locale = 'en'
      WHERE r.locale = 'ru' AND r.status = 'published' AND e.status = 'published'
      ORDER BY r."publishedAt" DESC OFFSET $1 LIMIT 1`,
      [Math.floor(Math.min(ru, en) / 2)],
    );
    // The region with the most articles, and its most frequent kind after news.
    const region = await client.query<{ slug: string }>(`
      SELECT g.slug FROM "Region" g JOIN "_ArticleToRegion" ar ON ar."B" = g.id GROUP BY g.slug ORDER BY count(*) DESC, g.slug LIMIT 1`);
    const slugs = async (locale: string) =>
      (
        await client.query<{ slug: string }>(`SELECT slug FROM "ArticleTranslation" WHERE locale = $1 AND status = 'published' ORDER BY random() LIMIT 2000`, [
          locale,
        ])
      ).rows.map((r) => r.slug);
    const regions = (await client.query<{ slug: string }>(`SELECT slug FROM "Region" ORDER BY slug`)).rows.map((r) => r.slug);
    const a = middle.rows[0];
    const regionSlug = region.rows[0]?.slug ?? regions[0]!;
    const ruPages = Math.max(1, Math.ceil(ru / PAGE_SIZE));
    const deep = Math.min(500, ruPages);
    const list: Target[] = [
      { label: "home ru", path: "/ru" },
      { label: "home en", path: "/en" },
      { label: "news list p.1", path: "/ru/press/news" },
      { label: deep === 500 ? "news list p.500" : `news list p.${deep} (last; 500 needs ${500 * PAGE_SIZE} ru articles)`, path: `/ru/press/news?page=${deep}` },
      { label: "news filtered (region+kind)", path: `/ru/press/news?region=${regionSlug}&kind=press_release` },
      ...(a
        ? [
            { label: "article ru", path: `/ru/press/news/${encodeURIComponent(a.ru)}` },
            { label: "article en", path: `/en/press/news/${encodeURIComponent(a.en)}` },
          ]
        : []),
      ...(peerText
        ? [
            { label: "article, peer's text ru", path: `/ru/press/news/${PEER_SLUG}` },
            { label: "article, peer's text en", path: `/en/press/news/${PEER_SLUG}` },
          ]
        : []),
      { label: "region page", path: `/ru/regions/${regionSlug}` },
      { label: `search ru «${SEARCH_RU}»`, path: `/ru/search?q=${encodeURIComponent(SEARCH_RU)}` },
      { label: `search en "${SEARCH_EN}"`, path: `/en/search?q=${encodeURIComponent(SEARCH_EN)}` },
      { label: "feed ru", path: "/ru/feed.xml" },
    ];
    const deepPath = `/ru/press/news?page=${deep}`;
    const filteredPath = `/ru/press/news?region=${regionSlug}&kind=press_release`;
    const ruSlugs = await slugs("ru");
    list.push(
      { label: "uncached: news list p.1", path: "/ru/press/news", pick: everyTimeNew("/ru/press/news") },
      { label: `uncached: news list p.${deep}`, path: deepPath, pick: everyTimeNew(deepPath) },
      { label: "uncached: news filtered", path: filteredPath, pick: everyTimeNew(filteredPath) },
      {
        label: "uncached: article (2,000 random)",
        path: `/ru/press/news/${encodeURIComponent(ruSlugs[0]!)}`,
        pick: () => `/ru/press/news/${encodeURIComponent(ruSlugs[Math.floor(Math.random() * ruSlugs.length)]!)}?v=${++counter}`,
      },
      { label: `uncached: search ru «${SEARCH_RU}»`, path: `/ru/search?q=${encodeURIComponent(SEARCH_RU)}`, pick: newSearch("ru", SEARCH_RU) },
      { label: `uncached: search en "${SEARCH_EN}"`, path: `/en/search?q=${encodeURIComponent(SEARCH_EN)}`, pick: newSearch("en", SEARCH_EN) },
    );
    return {
      list,
      articleSlugs: { ru: ruSlugs, en: await slugs("en") },
      newsPages: { ru: ruPages, en: Math.max(1, Math.ceil(en / PAGE_SIZE)) },
      regionSlugs: regions,
    };
  } finally {
    await client.end();
  }
}
