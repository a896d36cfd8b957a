import { randomBytes } from "node:crypto";
import pg from "pg";
import { get } from "./sizes.ts";

// Publish-to-visible: an article is scheduled for "now" with SQL, as the back office would
// schedule it; the server's scheduler publishes it on its next tick and expires the cache
// tags; every page that should show it is polled every 50 ms until it does. Delays count
// from the scheduling commit, so they include up to one scheduler interval.

export type Visibility = { label: string; path: string; ms: number | null };
export type PublishResult = { scheduledToPublishedMs: number | null; pages: Visibility[]; intervalMs: number };

const POLL_MS = 50;
const TIMEOUT_MS = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function publishToVisible(base: string, dbUrl: string, intervalMs: number): Promise<PublishResult> {
  const token = `zq${randomBytes(6)
    .toString("hex")
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;
  const id = `0000-benchpub-${token}`;
  const slug = `bench-publish-${token}`;
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    // Earlier runs' articles (they stay published in between) go first.
    await client.query(`DELETE FROM "Article" WHERE id LIKE '0000-benchpub-%' OR id LIKE 'benchpub-%'`);
    const region = (await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Region" ORDER BY slug LIMIT 1`)).rows[0]!;
    const pages = [
      { label: "article", path: `/ru/press/news/${slug}`, shows: (b: string, s: number) => s === 200 && b.includes(token) },
      { label: "home", path: "/ru", shows: (b: string) => b.includes(slug) },
      { label: "news list", path: "/ru/press/news", shows: (b: string) => b.includes(slug) },
      { label: "region page", path: `/ru/regions/${region.slug}`, shows: (b: string) => b.includes(slug) },
      { label: "region feed", path: `/ru/regions/${region.slug}/feed.xml`, shows: (b: string) => b.includes(slug) },
      { label: "feed", path: "/ru/feed.xml", shows: (b: string) => b.includes(slug) },
      // Sitemap files list articles by id (C collation); "0000-benchpub-…" sorts before every other id, so file 0.
      { label: "sitemap", path: "/sitemaps/sitemap/0.xml", shows: (b: string) => b.includes(slug) },
      { label: "search", path: `/ru/search?q=${token}`, shows: (b: string) => b.includes(slug) },
    ];
    // Every page once before: cached as they are, and the article's URL answered (404) already.
    for (const p of pages) await get(base, p.path);
    const body = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: `Проверка публикации ${token}: региональный кластер представил новый проект.` }] }],
    };
    // An ISO string: a timestamp column without zone then holds UTC, as Prisma writes it.
    const now = new Date().toISOString();
    await client.query("BEGIN");
    await client.query(`INSERT INTO "Article" (id, kind, "createdAt", "updatedAt") VALUES ($1, 'news', $2, $2)`, [id, now]);
    await client.query(
      `INSERT INTO "ArticleTranslation" (id, "articleId", locale, slug, title, lead, body, status, "scheduledAt", "createdAt", "updatedAt")
       VALUES ($1, $2, 'ru', $3, $4, $5, $6, 'scheduled', $7, $7, $7)`,
      [`${id}-ru`, id, slug, `Проверка публикации ${token}`, `Публикация по расписанию ${token}.`, JSON.stringify(body), now],
    );
    await client.query(`INSERT INTO "_ArticleToRegion" ("A", "B") VALUES ($1, $2)`, [id, region.id]);
    await client.query("COMMIT");
    const t0 = performance.now();
    const startedAt = Date.now();
    const results = await Promise.all(
      pages.map(async (p): Promise<Visibility> => {
        while (performance.now() - t0 < TIMEOUT_MS) {
          const res = await get(base, p.path).catch(() => null);
          if (res && p.shows(res.body.toString("utf8"), res.status)) return { label: p.label, path: p.path, ms: performance.now() - t0 };
          await sleep(POLL_MS);
        }
        return { label: p.label, path: p.path, ms: null };
      }),
    );
    // The scheduler stamps the row with the time it published it.
    const row = (
      await client.query<{ status: string; at: number }>(
        `SELECT status, extract(epoch FROM "updatedAt") * 1000 AS at FROM "ArticleTranslation" WHERE id = $1`,
        [`${id}-ru`],
      )
    ).rows[0];
    const published = row?.status === "published" ? Number(row.at) - startedAt : null;
    return { scheduledToPublishedMs: published, pages: results, intervalMs };
  } finally {
    await client.end();
  }
}
