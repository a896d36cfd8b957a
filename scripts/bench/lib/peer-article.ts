import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { tags as cacheTags } from "../../../lib/cache-tags.ts";
import { CACHE_CHANNEL, encodeNotices } from "../../../lib/publishing/cache-notice.ts";

// The peer's article (../shared/peers/payload, or PEER_DIR) as an article of this site, with
// the same title, lead and body in both languages, so page weights and speeds compare for the
// same text. Read from the peer's seed file when it is there; nothing is stored in this project.

export const PEER_SLUG = "innovation-rating-2025";
const ARTICLE_ID = "bench-peer-article";

type Block = { h2: string } | { p: string };
type Side = { title: string; lead: string; blocks: Block[] };

const unquote = (s: string) => s.replace(/\\'/g, "'").replace(/\\\\/g, "\\");

function blocksOf(source: string, name: string): Block[] {
  const list = new RegExp(`const ${name}: Block\\[\\] = \\[([\\s\\S]*?)\\n\\]`).exec(source)?.[1] ?? "";
  return [...list.matchAll(/\{ (p|h2): '((?:[^'\\]|\\.)*)' \}/g)].map((m) => (m[1] === "h2" ? { h2: unquote(m[2]!) } : { p: unquote(m[2]!) }));
}

const field = (source: string, name: string, nth: number) => unquote([...source.matchAll(new RegExp(`${name}: '((?:[^'\\\\]|\\\\.)*)'`, "g"))][nth]?.[1] ?? "");

export function readPeerArticle(dir = process.env.PEER_DIR ?? path.join("..", "shared", "peers", "payload")): { ru: Side; en: Side } | null {
  const file = path.join(dir, "src", "seed.ts");
  if (!fs.existsSync(file)) return null;
  const source = fs.readFileSync(file, "utf8");
  const ru = { title: field(source, "title", 0), lead: field(source, "lead", 0), blocks: blocksOf(source, "RU") };
  const en = { title: field(source, "title", 1), lead: field(source, "lead", 1), blocks: blocksOf(source, "EN") };
  return ru.blocks.length && en.blocks.length && ru.title && en.title ? { ru, en } : null;
}

const doc = (blocks: Block[]) => ({
  type: "doc",
  content: blocks.map((b) =>
    "h2" in b
      ? { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: b.h2 }] }
      : { type: "paragraph", content: [{ type: "text", text: b.p }] },
  ),
});

// Inserts (or replaces) the article; published on the peer's date, so it is not among the
// newest the build prerenders: its first request renders it, as on the peer.
export async function ensurePeerArticle(dbUrl: string): Promise<boolean> {
  const peer = readPeerArticle();
  if (!peer) return false;
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`DELETE FROM "Article" WHERE id = $1`, [ARTICLE_ID]);
    await client.query(`INSERT INTO "Article" (id, kind, "createdAt", "updatedAt") VALUES ($1, 'news', now(), now())`, [ARTICLE_ID]);
    for (const [locale, side] of [
      ["ru", peer.ru],
      ["en", peer.en],
    ] as const) {
      await client.query(
        `INSERT INTO "ArticleTranslation" (id, "articleId", locale, slug, title, lead, body, status, "publishedAt", "createdAt", "updatedAt", "contentUpdatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'published', '2025-06-17T09:00:00Z', now(), now(), now())`,
        [`${ARTICLE_ID}-${locale}`, ARTICLE_ID, locale, PEER_SLUG, side.title, side.lead, JSON.stringify(doc(side.blocks))],
      );
    }
    await client.query("COMMIT");
    // Written behind the servers' back: tell them, as a publication would, so that no cached
    // "not found" of this address outlives the insert.
    const tags = [cacheTags.articles, cacheTags.article(ARTICLE_ID), cacheTags.articleSlug("ru", PEER_SLUG), cacheTags.articleSlug("en", PEER_SLUG)];
    for (const payload of encodeNotices("bench", tags)) await client.query("SELECT pg_notify($1, $2)", [CACHE_CHANNEL, payload]);
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
