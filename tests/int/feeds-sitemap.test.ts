import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "../../scripts/seed";
import { createTestDatabase } from "../support/test-db";

// Outside a Next.js server there is no incremental cache; the reads run uncached here.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let feeds: typeof import("../../lib/feeds/queries");
let sitemap: typeof import("../../lib/sitemap/queries");

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.url, { log: () => {} });
  vi.stubEnv("DATABASE_URL", db.url);
  (globalThis as { prisma?: unknown }).prisma = undefined;
  feeds = await import("../../lib/feeds/queries");
  sitemap = await import("../../lib/sitemap/queries");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await db.drop();
});

describe("feed queries", () => {
  it("list only what is published in the feed's locale, newest first", async () => {
    const ru = await feeds.getFeedArticles("ru", null);
    const en = await feeds.getFeedArticles("en", null);
    expect(ru.map((a) => a.slug)).toContain("delegatsiya-airr-v-yakutii");
    expect(ru.map((a) => a.slug)).not.toContain("innovation-valleys-revival");
    expect(en.map((a) => a.slug)).toContain("innovation-valleys-revival");
    expect(en.some((a) => /Yakut/i.test(a.title))).toBe(false);
    const dates = ru.map((a) => a.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("narrow to one region and carry the author and region names in the locale", async () => {
    const perm = await feeds.getFeedArticles("en", "perm-territory");
    expect(perm.map((a) => a.slug)).toEqual(["perm-technology-agency-meeting"]);
    expect(perm[0]!.author).toBe("Tatyana Ryazapova");
    expect(perm[0]!.regions.map((r) => r.slug)).toEqual(["perm-territory"]);
  });

  it("find a region by slug, and nothing for an unknown one", async () => {
    expect(await feeds.getFeedRegion("ru", "perm-territory")).toMatchObject({ slug: "perm-territory", name: expect.stringMatching(/Перм/) });
    expect(await feeds.getFeedRegion("ru", "atlantis")).toBeNull();
  });
});

describe("sitemap queries", () => {
  it("give the home page, published site-map pages and regions in both locales", async () => {
    const fixed = await sitemap.getSitemapFixedUrls();
    const has = (locale: string, path: string) => fixed.some((u) => u.locale === locale && u.paths[u.locale] === path);
    for (const locale of ["ru", "en"]) {
      expect(has(locale, "/")).toBe(true);
      expect(has(locale, "/about/history")).toBe(true);
      expect(has(locale, "/regions/perm-territory")).toBe(true);
      expect(has(locale, "/projects/techsuccess/2019")).toBe(true);
    }
  });

  it("give practices and albums in the languages they are published in, with their own dates", async () => {
    const fixed = await sitemap.getSitemapFixedUrls();
    const practice = fixed.find((u) => u.paths.en === "/projects/best-practices/engineering-classes-run-with-industrial-employers");
    expect(practice?.paths).toEqual({ en: "/projects/best-practices/engineering-classes-run-with-industrial-employers" });
    const album = fixed.find((u) => u.paths.ru === "/press/gallery/strategicheskaya-sessiya-v-yakutii");
    expect(album?.paths).toEqual({ ru: "/press/gallery/strategicheskaya-sessiya-v-yakutii" });
    // Seeded content keeps the dates its files give, not the time of the seed.
    for (const u of [practice, album]) expect(new Date(u!.lastModified!).getTime()).toBeLessThan(Date.parse("2026-01-01"));
  });

  it("give each published article translation with only its existing sibling translations", async () => {
    const count = await sitemap.countSitemapArticleUrls();
    const urls = await sitemap.getSitemapArticleUrls(0, count);
    expect(urls).toHaveLength(count);
    const yakutia = urls.find((u) => u.paths.ru === "/press/news/delegatsiya-airr-v-yakutii");
    expect(yakutia?.paths).toEqual({ ru: "/press/news/delegatsiya-airr-v-yakutii" });
    const perm = urls.find((u) => u.locale === "en" && u.paths.en === "/press/news/perm-technology-agency-meeting");
    expect(perm?.paths.ru).toBe("/press/news/vyezdnoe-soveshchanie-atr-v-permi");
    const page = await sitemap.getSitemapArticleUrls(1, 2);
    expect(page).toEqual(urls.slice(1, 3));
  });

  it("leave out a board until it has members, then list it", async () => {
    const listed = async () => (await sitemap.getSitemapFixedUrls()).some((u) => u.paths[u.locale] === "/about/management/council");
    expect(await listed()).toBe(false);
    const { db: prisma } = await import("../../lib/db");
    const person = await prisma.person.findFirstOrThrow();
    await prisma.boardMembership.create({ data: { personId: person.id, board: "council" } });
    expect(await listed()).toBe(true);
  });
});
