// For the scale-out scenario: a text scheduled straight in the database (which a server's
// scheduler then publishes through the app's own path), the public pages that must show it,
// and the time until a server shows it.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import { sleep } from "./load.ts";

export type Probe = { page: string; path: string; shows: (status: number, body: string) => boolean };
export type Planned = { slug: string; title: string };

export function planArticle(label: string): Planned {
  const slug = `scale-out-${label.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}-${randomBytes(3).toString("hex")}`;
  return { slug, title: `Масштабирование ${label} ${slug.slice(-6)}` };
}

// Due at once: the next tick of a server's scheduler publishes it.
export async function scheduleArticle(prisma: PrismaClient, regionId: string, planned: Planned): Promise<string> {
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Проверка: публикация видна на всех серверах." }] }] };
  const article = await prisma.article.create({
    data: {
      kind: "news",
      regions: { connect: { id: regionId } },
      translations: {
        create: { locale: "ru", slug: planned.slug, title: planned.title, lead: planned.title, body, status: "scheduled", scheduledAt: new Date() },
      },
    },
  });
  return article.id;
}

// When the publishing transaction began (publishDue stamps updatedAt with its start time) and
// when this poll, every 20 ms, first saw it committed: the commit lies between the two.
export async function publishedAt(prisma: PrismaClient, articleId: string, timeoutMs: number): Promise<{ began: number; seen: number } | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const t = await prisma.articleTranslation.findFirst({ where: { articleId, locale: "ru", status: "published" }, select: { updatedAt: true } });
    if (t) return { began: t.updatedAt.getTime(), seen: Date.now() };
    await sleep(20);
  }
  return null;
}

export function probes(article: Planned, regionSlug: string): Probe[] {
  const links = (_: number, body: string) => body.includes(article.slug);
  return [
    { page: "article", path: `/ru/press/news/${article.slug}`, shows: (status, body) => status === 200 && body.includes(article.title) },
    { page: "news list", path: "/ru/press/news", shows: links },
    { page: "home", path: "/ru", shows: links },
    { page: "region", path: `/ru/regions/${regionSlug}`, shows: links },
    { page: "feed", path: "/ru/feed.xml", shows: links },
    { page: "region feed", path: `/ru/regions/${regionSlug}/feed.xml`, shows: links },
    { page: "sitemap", path: "/sitemaps/sitemap/0.xml", shows: links },
  ];
}

export async function read(base: string, path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(base + path, { redirect: "manual", headers: { "accept-language": "ru" }, signal: AbortSignal.timeout(10_000) }).catch(
    () => null,
  );
  return response ? { status: response.status, body: await response.text() } : { status: 0, body: "" };
}

// When the first answer showing the text arrived, asking every 50 ms; null if none did in time.
export async function shownAt(base: string, probe: Probe, timeoutMs: number): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const started = Date.now();
    const { status, body } = await read(base, probe.path);
    if (probe.shows(status, body)) return Date.now();
    await sleep(Math.max(0, 50 - (Date.now() - started)));
  }
  return null;
}
