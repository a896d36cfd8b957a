import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedDatabase } from "../../scripts/seed";
import { loadContent } from "../../scripts/seed/load";
import { withTestDatabase } from "../support/test-db";

const quiet = { log: () => {} };

const db = withTestDatabase(async (_prisma, url) => {
  await seedDatabase(url, quiet);
  return import("../../lib/practices/load");
});

describe("practices seed", () => {
  it("loads the topics and practices, one-language ones in their language only", async () => {
    expect(await db.prisma.topic.count()).toBe(6);
    expect(await db.prisma.practice.count()).toBe(6);
    const ru = await db.prisma.practiceTranslation.findMany({ where: { practiceId: "novosibirsk-academic-contract-research" } });
    expect(ru.map((t) => t.locale)).toEqual(["ru"]);
  });

  it("is idempotent and keeps a practice an editor has changed", async () => {
    await db.prisma.practiceTranslation.update({
      where: { practiceId_locale: { practiceId: "kaluga-investor-one-window", locale: "en" } },
      data: { title: "Edited by an editor" },
    });
    await db.prisma.practice.update({ where: { id: "kaluga-investor-one-window" }, data: { version: { increment: 1 } } });
    const summary = await seedDatabase(db.url, quiet);
    expect(summary.kept).toContain("practice kaluga-investor-one-window");
    expect(await db.prisma.practiceTranslation.count()).toBe(10);
    const t = await db.prisma.practiceTranslation.findUniqueOrThrow({
      where: { practiceId_locale: { practiceId: "kaluga-investor-one-window", locale: "en" } },
    });
    expect(t.title).toBe("Edited by an editor");
  });

  it("stops on a practice with an unknown topic or a duplicate slug, naming the file and the field", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "airr-content-"));
    fs.cpSync(path.resolve("content"), dir, { recursive: true });
    const meta = path.join(dir, "practices", "tomsk-university-technology-transfer", "practice.json");
    const original = fs.readFileSync(meta, "utf8");
    fs.writeFileSync(meta, JSON.stringify({ ...JSON.parse(original), topics: ["no-such-topic"] }));
    expect(() => loadContent(dir)).toThrow(/practices\/tomsk-university-technology-transfer\/practice\.json: topics\.0: unknown topic/);
    fs.writeFileSync(meta, original);
    const en = path.join(dir, "practices", "kaluga-investor-one-window", "en.md");
    fs.writeFileSync(en, fs.readFileSync(en, "utf8").replace(/^slug: .*$/m, "slug: shared-technology-transfer-office-for-tomsk-universities"));
    expect(() => loadContent(dir)).toThrow(/slug: "shared-technology-transfer-office-for-tomsk-universities" is already used/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("practice list", () => {
  it("shows only what is published in the locale, newest first", async () => {
    const en = await db.lib.loadPracticeList("en", { page: 1 });
    const ru = await db.lib.loadPracticeList("ru", { page: 1 });
    expect(en.total).toBe(5);
    expect(ru.total).toBe(5);
    expect(en.items.map((p) => p.id)).not.toContain("novosibirsk-academic-contract-research");
    expect(ru.items.map((p) => p.id)).not.toContain("ulyanovsk-engineering-classes");
    const dates = en.items.map((p) => p.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("filters by region and by topic", async () => {
    const tomsk = await db.lib.loadPracticeList("ru", { page: 1, region: "tomsk-region" });
    expect(tomsk.items.map((p) => p.id)).toEqual(["tomsk-university-technology-transfer"]);
    expect(tomsk.items[0]!.region.name).toBe("Томская область");
    const transfer = await db.lib.loadPracticeList("ru", { page: 1, topic: "technology-transfer" });
    expect(transfer.items.map((p) => p.id).sort()).toEqual(["novosibirsk-academic-contract-research", "tomsk-university-technology-transfer"]);
    expect((await db.lib.loadPracticeList("en", { page: 1, region: "tomsk-region", topic: "investment" })).total).toBe(0);
  });

  it("paginates", async () => {
    const first = await db.lib.loadPracticeList("en", { page: 1 }, 2);
    const third = await db.lib.loadPracticeList("en", { page: 3 }, 2);
    expect(first).toMatchObject({ total: 5, pageCount: 3 });
    expect(first.items).toHaveLength(2);
    expect(third.items).toHaveLength(1);
  });

  it("offers as filter choices the regions with practices in the locale, and all topics", async () => {
    const en = await db.lib.loadPracticeFilters("en");
    expect(en.regions.map((r) => r.slug)).not.toContain("novosibirsk-region");
    expect(en.regions.map((r) => r.slug)).toContain("ulyanovsk-region");
    expect(en.topics).toHaveLength(6);
    expect((await db.lib.loadPracticeFilters("ru")).topics.map((t) => t.name)).toContain("Трансфер технологий");
  });
});

describe("one practice", () => {
  it("resolves a slug with body, region, topics and the slugs of existing translations only", async () => {
    const found = await db.lib.resolvePractice("en", "shared-technology-transfer-office-for-tomsk-universities");
    expect(found?.type).toBe("practice");
    if (found?.type !== "practice") return;
    expect(found.practice.region).toEqual({ slug: "tomsk-region", name: "Tomsk Region" });
    expect(found.practice.topics.map((t) => t.slug)).toEqual(["talent", "technology-transfer"]);
    expect(found.practice.body.content.length).toBeGreaterThan(0);
    expect(Object.keys(found.practice.slugs).sort()).toEqual(["en", "ru"]);
    const single = await db.lib.resolvePractice("en", "engineering-classes-run-with-industrial-employers");
    expect(single?.type === "practice" && single.practice.slugs).toEqual({ en: "engineering-classes-run-with-industrial-employers" });
  });

  it("sends the other locale's slug to this locale's slug, and a one-language practice to an honest page", async () => {
    expect(await db.lib.resolvePractice("ru", "shared-technology-transfer-office-for-tomsk-universities")).toEqual({
      type: "translated",
      slug: "obshchiy-ofis-transfera-tehnologiy-tomskih-vuzov",
    });
    expect(await db.lib.resolvePractice("ru", "engineering-classes-run-with-industrial-employers")).toMatchObject({
      type: "missing",
      locale: "en",
      slug: "engineering-classes-run-with-industrial-employers",
    });
    expect(await db.lib.resolvePractice("en", "no-such-practice")).toBeNull();
  });

  it("lists every published translation for prerendering", async () => {
    expect(await db.lib.loadPracticeParams()).toHaveLength(10);
  });
});
