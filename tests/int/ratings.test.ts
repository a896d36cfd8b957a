import { describe, expect, it } from "vitest";
import { ratingEditionCsv } from "../../lib/ratings/csv";
import { seedDatabase } from "../../scripts/seed";
import { withTestDatabase } from "../support/test-db";

const db = withTestDatabase(async (_prisma, url) => {
  await seedDatabase(url, { log: () => {} });
  return import("../../lib/ratings/load");
});

describe("rating programmes", () => {
  it("lists the programme keys and every published edition", async () => {
    expect(await db.lib.loadProgramKeys()).toEqual(["innovation-rating", "techsuccess"]);
    const params = await db.lib.loadEditionParams();
    expect(params).toHaveLength(6);
    expect(params).toContainEqual({ program: "techsuccess", year: 2019 });
  });

  it("gives a programme its editions and one rank line per region, flagged as demo data", async () => {
    const p = await db.lib.loadProgram("en", "techsuccess");
    expect(p).toMatchObject({ key: "techsuccess", title: "“TechSuccess” rating", isDemo: true });
    expect(p!.editions.map((e) => e.year)).toEqual([2017, 2018, 2019]);
    expect(p!.series).toHaveLength(19);
    expect(p!.series.every((s) => s.ranks.length === 3)).toBe(true);
    // Best final rank first, so the chart's table reads like the latest edition.
    expect(p!.series.map((s) => s.ranks.at(-1)!.rank)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it("answers null for a key that is not a rating programme", async () => {
    expect(await db.lib.loadProgram("ru", "stem-index")).toBeNull();
  });
});

describe("rating editions", () => {
  it("returns the entries in rank order with names in the locale and neighbouring years", async () => {
    const e = await db.lib.loadEdition("ru", "techsuccess", 2018);
    expect(e).not.toBeNull();
    expect(e!.entries.map((x) => x.rank)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(e!.entries.some((x) => x.region.name === "Республика Татарстан")).toBe(true);
    expect(typeof e!.entries[0]!.score).toBe("number");
    expect([e!.previous, e!.next]).toEqual([2017, 2019]);
    expect((await db.lib.loadEdition("en", "techsuccess", 2017))!.previous).toBeNull();
  });

  it("hides an edition that is not published", async () => {
    const program = await db.prisma.ratingProgram.findUniqueOrThrow({ where: { key: "innovation-rating" } });
    await db.prisma.ratingEdition.update({ where: { programId_year: { programId: program.id, year: 2019 } }, data: { status: "draft" } });
    expect(await db.lib.loadEdition("en", "innovation-rating", 2019)).toBeNull();
    expect((await db.lib.loadEdition("en", "innovation-rating", 2018))!.next).toBeNull();
    expect((await db.lib.loadProgram("en", "innovation-rating"))!.editions.map((e) => e.year)).toEqual([2017, 2018]);
    await db.prisma.ratingEdition.update({ where: { programId_year: { programId: program.id, year: 2019 } }, data: { status: "published" } });
  });

  it("exports an edition as CSV: a header row and 19 rows with the demo flag", async () => {
    const csv = ratingEditionCsv((await db.lib.loadEdition("en", "techsuccess", 2019))!);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("rank,region_code,region_name,score,demo");
    expect(lines).toHaveLength(20);
    expect(lines.slice(1).every((l) => l.endsWith(",true"))).toBe(true);
  });
});
