import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratingEditionCsv } from "../../lib/ratings/csv";
import { createPrisma } from "../../scripts/lib/prisma";
import { seedDatabase } from "../../scripts/seed";
import { createTestDatabase } from "../support/test-db";

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: ReturnType<typeof createPrisma>;
let ratingLoad: typeof import("../../lib/ratings/load");

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.url, { log: () => {} });
  prisma = createPrisma(db.url);
  process.env.DATABASE_URL = db.url;
  ratingLoad = await import("../../lib/ratings/load");
});

afterAll(async () => {
  await (await import("../../lib/db")).db.$disconnect();
  await prisma.$disconnect();
  await db.drop();
});

describe("rating programmes", () => {
  it("lists the programme keys and every published edition", async () => {
    expect(await ratingLoad.loadProgramKeys()).toEqual(["innovation-rating", "techsuccess"]);
    const params = await ratingLoad.loadEditionParams();
    expect(params).toHaveLength(6);
    expect(params).toContainEqual({ program: "techsuccess", year: 2019 });
  });

  it("gives a programme its editions and one rank line per region, flagged as demo data", async () => {
    const p = await ratingLoad.loadProgram("en", "techsuccess");
    expect(p).toMatchObject({ key: "techsuccess", title: "“TechSuccess” rating", isDemo: true });
    expect(p!.editions.map((e) => e.year)).toEqual([2017, 2018, 2019]);
    expect(p!.series).toHaveLength(19);
    expect(p!.series.every((s) => s.ranks.length === 3)).toBe(true);
    // Best final rank first, so the chart's table reads like the latest edition.
    expect(p!.series.map((s) => s.ranks.at(-1)!.rank)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it("answers null for a key that is not a rating programme", async () => {
    expect(await ratingLoad.loadProgram("ru", "stem-index")).toBeNull();
  });
});

describe("rating editions", () => {
  it("returns the entries in rank order with names in the locale and neighbouring years", async () => {
    const e = await ratingLoad.loadEdition("ru", "techsuccess", 2018);
    expect(e).not.toBeNull();
    expect(e!.entries.map((x) => x.rank)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(e!.entries.some((x) => x.region.name === "Республика Татарстан")).toBe(true);
    expect(typeof e!.entries[0]!.score).toBe("number");
    expect([e!.previous, e!.next]).toEqual([2017, 2019]);
    expect((await ratingLoad.loadEdition("en", "techsuccess", 2017))!.previous).toBeNull();
  });

  it("hides an edition that is not published", async () => {
    const program = await prisma.ratingProgram.findUniqueOrThrow({ where: { key: "innovation-rating" } });
    await prisma.ratingEdition.update({ where: { programId_year: { programId: program.id, year: 2019 } }, data: { status: "draft" } });
    expect(await ratingLoad.loadEdition("en", "innovation-rating", 2019)).toBeNull();
    expect((await ratingLoad.loadEdition("en", "innovation-rating", 2018))!.next).toBeNull();
    expect((await ratingLoad.loadProgram("en", "innovation-rating"))!.editions.map((e) => e.year)).toEqual([2017, 2018]);
    await prisma.ratingEdition.update({ where: { programId_year: { programId: program.id, year: 2019 } }, data: { status: "published" } });
  });

  it("exports an edition as CSV: a header row and 19 rows with the demo flag", async () => {
    const csv = ratingEditionCsv((await ratingLoad.loadEdition("en", "techsuccess", 2019))!);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("rank,region_code,region_name,score,demo");
    expect(lines).toHaveLength(20);
    expect(lines.slice(1).every((l) => l.endsWith(",true"))).toBe(true);
  });
});
