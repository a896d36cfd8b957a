import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrisma } from "../../scripts/lib/prisma";
import { seedDatabase } from "../../scripts/seed";
import { createTestDatabase } from "../support/test-db";

type Search = typeof import("../../lib/search/queries").searchSite;

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: ReturnType<typeof createPrisma>;
let search: Search;

const doc = (...paragraphs: string[]) => ({ type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });

async function article(
  id: string,
  locale: "ru" | "en",
  t: { title: string; lead?: string; body?: string[]; status?: "published" | "draft"; at?: string },
  extra: { kind?: "news" | "interview"; region?: string } = {},
) {
  await prisma.article.create({
    data: {
      id,
      kind: extra.kind ?? "news",
      regions: extra.region ? { connect: { slug: extra.region } } : undefined,
      translations: {
        create: {
          locale,
          slug: id,
          title: t.title,
          lead: t.lead ?? "",
          body: doc(...(t.body ?? [])),
          status: t.status ?? "published",
          publishedAt: new Date(t.at ?? "2024-03-01T10:00:00Z"),
        },
      },
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.url, { log: () => {} });
  prisma = createPrisma(db.url);
  await article("t-title", "ru", { title: "Гиперлуп приходит в регионы", body: ["Короткая заметка."] });
  await article("t-body", "ru", {
    title: "Транспорт будущего",
    body: ["Гиперлуп, гиперлупы, гиперлупом и снова гиперлуп.", "О гиперлупе говорили весь день."],
  });
  await article("t-draft", "ru", { title: "Гиперлуп: черновик", status: "draft" });
  await article("t-script", "ru", { title: "Проверка разметки", body: ["Текст <script>alert(1)</script> про гиперлуп & 5 < 6 <img src=x onerror=alert(1)>."] });
  await article("t-cluster", "en", { title: "A note on policy", body: ["One cluster of firms grew around the university."] });
  await article("t-zeppelin", "en", { title: "Zeppelinarium opens its doors" });
  await article("t-airship", "ru", { title: "Дирижаблестроение возвращается" });
  await article("t-valleys", "ru", {
    title: "Карта инновационных технопарков",
    body: ["Минэкономразвития предложило «новую волну» технопарков — по одному на федеральный округ, 12\u00a0площадок."],
  });
  for (let i = 1; i <= 12; i++) {
    await article(
      `t-escalator-${i}`,
      "ru",
      { title: `Заметка номер ${i}`, body: ["Эскалаторы станции метро."], at: `${i <= 4 ? 2019 : 2023}-05-0${1 + (i % 9)}T10:00:00Z` },
      { kind: i <= 3 ? "interview" : "news", region: i % 6 === 0 ? "tatarstan" : undefined },
    );
  }
  const region = await prisma.region.findUniqueOrThrow({ where: { slug: "tatarstan" } });
  await prisma.practice.create({
    data: {
      regionId: region.id,
      translations: {
        create: {
          locale: "ru",
          slug: "t-accelerator",
          title: "Региональный акселератор",
          summary: "Как работают акселераторы стартапов.",
          body: doc("Подробности."),
          status: "published",
          publishedAt: new Date(),
        },
      },
    },
  });
  vi.stubEnv("DATABASE_URL", db.url);
  (globalThis as { prisma?: unknown }).prisma = undefined;
  search = (await import("../../lib/search/queries")).searchSite;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await prisma.$disconnect();
  await db.drop();
});

const hrefs = (r: Awaited<ReturnType<Search>>) => r.items.map((i) => i.href);

describe("site search", () => {
  it("finds Russian word forms: «регионами» matches a text saying «регионов»", async () => {
    const r = await search("ru", { q: "регионами", page: 1 });
    expect(r.total).toBeGreaterThan(10);
    expect(r.items.some((i) => i.snippetHtml.includes("<mark>регионов</mark>"))).toBe(true);
  });

  it("finds English word forms: «clusters» matches a text saying «cluster»", async () => {
    const r = await search("en", { q: "clusters", page: 1 });
    expect(hrefs(r)).toContain("/press/news/t-cluster");
    expect(hrefs(r)).toContain("/press/news/innovative-clusters-strategic-session");
  });

  it("ranks a title match above matches in the body only", async () => {
    const r = await search("ru", { q: "гиперлупы", page: 1 });
    const list = hrefs(r);
    expect(list.indexOf("/press/news/t-title")).toBe(0);
    expect(list.indexOf("/press/news/t-body")).toBeGreaterThan(0);
  });

  it("matches capitalised words and queries regardless of the database locale", async () => {
    const r = await search("ru", { q: "ДИРИЖАБЛЕСТРОЕНИЕ", page: 1 });
    expect(hrefs(r)).toEqual(["/press/news/t-airship"]);
  });

  it("keeps each locale to its own published texts", async () => {
    expect((await search("ru", { q: "zeppelinarium", page: 1 })).total).toBe(0);
    expect(hrefs(await search("en", { q: "zeppelinarium", page: 1 }))).toEqual(["/press/news/t-zeppelin"]);
    expect((await search("en", { q: "дирижаблестроение", page: 1 })).total).toBe(0);
    expect(hrefs(await search("ru", { q: "clusters", page: 1 }))).not.toContain("/press/news/innovative-clusters-strategic-session");
    expect(hrefs(await search("ru", { q: "гиперлуп", page: 1 }))).not.toContain("/press/news/t-draft");
  });

  it("suggests the closest title words for a misspelt query, only when it finds something", async () => {
    const typo = await search("ru", { q: "иновационных технопарков", page: 1 });
    expect(typo.total).toBe(0);
    expect(typo.help?.suggestion).toBe("инновационных технопарков");
    expect((await search("ru", { q: typo.help!.suggestion!, page: 1 })).items.map((i) => i.href)).toEqual(["/press/news/t-valleys"]);
    expect((await search("en", { q: "Tatarstn", page: 1 })).help?.suggestion).toBe("tatarstan");
    expect((await search("ru", { q: "щщщщщщ", page: 1 })).help?.suggestion).toBeNull();
    expect((await search("ru", { q: "эскалатор", page: 1 })).help).toBeUndefined();
  });

  it("says when the other language's site has results", async () => {
    expect((await search("ru", { q: "zeppelinarium", page: 1 })).help?.other).toEqual({ locale: "en", total: 1 });
    expect((await search("en", { q: "дирижаблестроение", page: 1 })).help?.other).toEqual({ locale: "ru", total: 1 });
    expect((await search("ru", { q: "щщщщщщ", page: 1 })).help?.other).toBeNull();
  });

  it("keeps the text's own quotes, dashes and spaces in snippets", async () => {
    const [hit] = (await search("ru", { q: "технопарков волну", page: 1 })).items;
    expect(hit!.snippetHtml).toContain("«новую <mark>волну</mark>» <mark>технопарков</mark> — по одному");
    expect(hit!.snippetHtml).toContain("12\u00a0площадок");
  });

  it("returns regions, pages and practices with their own links", async () => {
    const r = await search("ru", { q: "Татарстан", page: 1 });
    expect(r.items).toContainEqual(expect.objectContaining({ type: "region", href: "/regions/tatarstan" }));
    const p = await search("ru", { q: "акселераторы", page: 1 });
    expect(p.items[0]).toMatchObject({ type: "practice", href: "/projects/best-practices/t-accelerator", title: "Региональный акселератор" });
    const page = await search("en", { q: "history", page: 1 });
    expect(page.items).toContainEqual(expect.objectContaining({ type: "page", href: "/about/history" }));
  });

  it("paginates ten to a page and still counts on a page past the end", async () => {
    const first = await search("ru", { q: "эскалатор", page: 1 });
    expect(first).toMatchObject({ total: 12, pageCount: 2 });
    expect(first.items).toHaveLength(10);
    expect((await search("ru", { q: "эскалатор", page: 2 })).items).toHaveLength(2);
    expect(await search("ru", { q: "эскалатор", page: 3 })).toMatchObject({ total: 12, items: [] });
  });

  it("filters by kind, region and year", async () => {
    const kind = await search("ru", { q: "эскалатор", kind: "interview", page: 1 });
    expect(kind.total).toBe(3);
    expect(kind.items.every((i) => i.kind === "interview")).toBe(true);
    expect(hrefs(await search("ru", { q: "эскалатор", region: "tatarstan", page: 1 })).sort()).toEqual([
      "/press/news/t-escalator-12",
      "/press/news/t-escalator-6",
    ]);
    const year = await search("ru", { q: "эскалатор", year: 2019, page: 1 });
    expect(year.total).toBe(4);
    expect(year.items.every((i) => i.date?.startsWith("2019"))).toBe(true);
    expect((await search("ru", { q: "акселераторы", kind: "news", page: 1 })).total).toBe(0);
  });

  it("escapes markup from the stored text in snippets", async () => {
    const r = await search("ru", { q: "гиперлуп", page: 1 });
    const hit = r.items.find((i) => i.href === "/press/news/t-script")!;
    expect(hit.snippetHtml).toContain("<mark>гиперлуп</mark> &amp; 5 &lt; 6 &lt;img src=x onerror=alert");
    expect(hit.snippetHtml).not.toMatch(/<(?!\/?mark>)/);
  });

  it("never throws on hostile input", async () => {
    const inputs = [
      "x".repeat(10_000),
      "<script>alert(1)</script>",
      `"'"; '"`,
      '\'; DROP TABLE "ArticleTranslation"; --',
      "a\u0000b\u0001c\u0002d\u001f",
      "!",
      "&",
      "|",
      "! & | <->",
      ":*",
      "-",
      '"',
      "(",
      "🚀🔥 👩‍👩‍👧",
      "\\",
      "%_",
      "регион:*A",
      " ",
    ];
    for (const q of inputs) {
      for (const locale of ["ru", "en"] as const) {
        const r = await search(locale, { q, page: 1 });
        expect(
          r.items.every((i) => !/<(?!\/?mark>)/.test(i.snippetHtml)),
          q,
        ).toBe(true);
      }
    }
    expect(await prisma.articleTranslation.count()).toBeGreaterThan(0);
  });
});
