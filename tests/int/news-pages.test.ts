import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrisma } from "../../scripts/lib/prisma";
import { createTestDatabase } from "../support/test-db";

vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

type Queries = typeof import("../../lib/articles/queries");

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: ReturnType<typeof createPrisma>;
let queries: Queries;

// 47 Russian articles, many sharing a publication time (so the id decides their order),
// every third in Tatarstan, plus drafts and English texts that no Russian page may show.
const TOTAL = 47;
const at = (i: number) => new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 4), 9));

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrisma(db.url);
  const region = await prisma.region.create({
    data: { slug: "tatarstan", code: "16", translations: { create: [{ locale: "ru", name: "Татарстан", profile: { type: "doc", content: [] } }] } },
  });
  for (let i = 0; i < TOTAL + 6; i++) {
    const draft = i >= TOTAL && i < TOTAL + 3;
    const english = i >= TOTAL + 3;
    await prisma.article.create({
      data: {
        kind: "news",
        regions: i % 3 === 0 ? { connect: { id: region.id } } : undefined,
        translations: {
          create: {
            locale: english ? "en" : "ru",
            slug: `n-${i}`,
            title: `Новость ${i}`,
            body: { type: "doc", content: [] },
            status: draft ? "draft" : "published",
            publishedAt: at(i),
          },
        },
      },
    });
  }
  vi.stubEnv("DATABASE_URL", db.url);
  (globalThis as { prisma?: unknown }).prisma = undefined;
  queries = await import("../../lib/articles/queries");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await prisma.$disconnect();
  await db.drop();
});

async function allPages(filter: { region?: string }) {
  const first = await queries.getNewsPage("ru", { page: 1, ...filter });
  const pages = [first];
  for (let page = 2; page <= first.pageCount; page++) pages.push(await queries.getNewsPage("ru", { page, ...filter }));
  return { first, slugs: pages.flatMap((p) => p.items.map((c) => c.slug)) };
}

async function expected(where: object) {
  const rows = await prisma.articleTranslation.findMany({
    where: { locale: "ru", status: "published", ...where },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

describe("news pages", () => {
  it("walks every published Russian article once, newest first, ties in a fixed order", async () => {
    const { first, slugs } = await allPages({});
    expect(first.total).toBe(TOTAL);
    expect(first.pageCount).toBe(Math.ceil(TOTAL / queries.NEWS_PAGE_SIZE));
    expect(slugs).toEqual(await expected({}));
    expect(new Set(slugs).size).toBe(TOTAL);
  });

  it("pages a region's list the same way", async () => {
    const { first, slugs } = await allPages({ region: "tatarstan" });
    const want = await expected({ article: { regions: { some: { slug: "tatarstan" } } } });
    expect(first.total).toBe(want.length);
    expect(slugs).toEqual(want);
  });

  it("gives an empty page past the end rather than repeating the last one", async () => {
    const past = await queries.getNewsPage("ru", { page: 99 });
    expect(past.items).toEqual([]);
    expect(past.total).toBe(TOTAL);
  });
});
