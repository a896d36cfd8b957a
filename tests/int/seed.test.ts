import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "../../scripts/lib/prisma";
import { seedDatabase } from "../../scripts/seed";
import { createTestDatabase } from "../support/test-db";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: ReturnType<typeof createPrisma>;
const quiet = { log: () => {} };

async function counts() {
  const [regions, articles, translations, pages, entries, people] = await Promise.all([
    prisma.region.count(),
    prisma.article.count(),
    prisma.articleTranslation.count(),
    prisma.pageTranslation.count(),
    prisma.ratingEntry.count(),
    prisma.person.count(),
  ]);
  return { regions, articles, translations, pages, entries, people };
}

function copyContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "airr-content-"));
  fs.cpSync(path.resolve("content"), dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrisma(db.url);
  await seedDatabase(db.url, quiet);
});

afterAll(async () => {
  await prisma.$disconnect();
  await db.drop();
});

describe("demo content seed", () => {
  it("loads the 19 member regions with both names, the news and demo ratings", async () => {
    const c = await counts();
    expect(c.regions).toBe(19);
    expect(c.articles).toBe(5);
    expect(c.translations).toBe(7); // two items in both languages, three in one
    expect(c.entries).toBe(2 * 3 * 19);
    const tatarstan = await prisma.region.findUniqueOrThrow({ where: { code: "RU-TA" }, include: { translations: true, competencies: true } });
    expect(tatarstan.translations.map((t) => t.name).sort()).toEqual(["Republic of Tatarstan", "Республика Татарстан"]);
    expect(tatarstan.competencies.map((c) => c.slug).sort()).toEqual(["automotive-robotics", "it"]);
    const editions = await prisma.ratingEdition.findMany({ select: { year: true, isDemo: true } });
    expect(editions.every((e) => e.isDemo)).toBe(true);
    expect([...new Set(editions.map((e) => e.year))].sort()).toEqual([2017, 2018, 2019]);
  });

  it("keeps one-language items in their language only", async () => {
    const yakutia = await prisma.articleTranslation.findMany({ where: { articleId: "2024-yakutia-strategic-session" } });
    expect(yakutia.map((t) => t.locale)).toEqual(["ru"]);
    const clusters = await prisma.articleTranslation.findMany({ where: { articleId: "2018-07-25-innovative-clusters-session" } });
    expect(clusters.map((t) => t.locale)).toEqual(["en"]);
  });

  it("is idempotent: a second run changes no counts", async () => {
    const before = await counts();
    await seedDatabase(db.url, quiet);
    expect(await counts()).toEqual(before);
  });

  it("never overwrites a record an editor has changed", async () => {
    const region = await prisma.region.findUniqueOrThrow({ where: { code: "RU-PER" } });
    await prisma.regionTranslation.update({ where: { regionId_locale: { regionId: region.id, locale: "en" } }, data: { summary: "Edited by an editor" } });
    await prisma.region.update({ where: { id: region.id }, data: { version: { increment: 1 } } });
    const summary = await seedDatabase(db.url, quiet);
    expect(summary.kept).toContain("region RU-PER");
    const t = await prisma.regionTranslation.findUniqueOrThrow({ where: { regionId_locale: { regionId: region.id, locale: "en" } } });
    expect(t.summary).toBe("Edited by an editor");
  });

  it("stops on an invalid file, naming the file and the field, and writes nothing", async () => {
    const dir = copyContent();
    const file = path.join(dir, "regions", "tomsk-region.json");
    const region = JSON.parse(fs.readFileSync(file, "utf8"));
    region.name.en = "";
    fs.writeFileSync(file, JSON.stringify(region));
    const before = await counts();
    await expect(seedDatabase(db.url, { ...quiet, contentDir: dir })).rejects.toThrow(/regions\/tomsk-region\.json: name\.en/);
    expect(await counts()).toEqual(before);
  });

  it("rolls back everything when the database refuses a record half-way", async () => {
    const fresh = await createTestDatabase();
    const dir = copyContent();
    // Two regions with one slug pass file validation but break the unique index late.
    const file = path.join(dir, "regions", "vladimir-region.json");
    const region = JSON.parse(fs.readFileSync(file, "utf8"));
    fs.writeFileSync(file, JSON.stringify({ ...region, slug: "altai-territory" }));
    await expect(seedDatabase(fresh.url, { ...quiet, contentDir: dir })).rejects.toThrow();
    const p = createPrisma(fresh.url);
    expect(await p.region.count()).toBe(0);
    expect(await p.competency.count()).toBe(0);
    await p.$disconnect();
    await fresh.drop();
  });
});
