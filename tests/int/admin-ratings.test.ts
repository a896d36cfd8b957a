import { beforeAll, describe, expect, it } from "vitest";
import { saveRatingEntriesSchema } from "../../lib/zod/ratings";
import { seedDatabase } from "../../scripts/seed";
import { withTestDatabase } from "../support/test-db";

let actor: { id: string };

const db = withTestDatabase(async (_prisma, url) => {
  await seedDatabase(url, { log: () => {} });
  return {
    ratingLoad: await import("../../lib/ratings/load"),
    m: await import("../../lib/ratings/mutations"),
  };
});
beforeAll(async () => {
  actor = await db.prisma.user.create({ data: { name: "Irina Petrova", email: "irina@example.org", role: "editor" } });
});

const edition = (key: string, year: number) =>
  db.prisma.ratingEdition.findFirstOrThrow({
    where: { year, program: { key } },
    include: { entries: { orderBy: { rank: "asc" }, select: { rank: true, score: true, regionId: true, region: { select: { code: true } } } } },
  });
const entriesOf = (e: Awaited<ReturnType<typeof edition>>) => e.entries.map((x) => [x.region.code, x.rank, x.score.toFixed(2)]);
const historyCount = async (id: string) => [
  await db.prisma.auditLog.count({ where: { entityId: id } }),
  await db.prisma.revision.count({ where: { entityId: id } }),
];
const regionId = async (code: string) => (await db.prisma.region.findUniqueOrThrow({ where: { code } })).id;

describe("CSV import", () => {
  it("replaces every row of the edition, with a revision and an audit entry", async () => {
    const before = await edition("techsuccess", 2019);
    expect(before.entries).toHaveLength(19);
    const content = new TextEncoder().encode("\uFEFFregion;rank;score\r\nRU-TA;1;91,25\r\nТомская область;2;88,5\r\nsamara-region;3;70\r\n");
    const state = await db.lib.m.importRatingCsv(actor, { editionId: before.id, version: before.version, content });
    expect(state).toMatchObject({ ok: true, version: before.version + 1 });
    expect(state.tags).toEqual(expect.arrayContaining(["ratings", "regions"]));
    const after = await edition("techsuccess", 2019);
    expect(entriesOf(after)).toEqual([
      ["RU-TA", 1, "91.25"],
      ["RU-TOM", 2, "88.50"],
      ["RU-SAM", 3, "70.00"],
    ]);
    expect((await db.lib.ratingLoad.loadEdition("en", "techsuccess", 2019))!.entries.map((e) => e.region.code)).toEqual(["RU-TA", "RU-TOM", "RU-SAM"]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: before.id }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ action: "rating_edition.import", actorId: actor.id, entityType: "rating_edition", details: { rows: 3 } });
    const revision = await db.prisma.revision.findFirstOrThrow({ where: { entityId: before.id } });
    expect(revision.version).toBe(before.version + 1);
    expect((revision.snapshot as { entries: unknown[] }).entries).toEqual([
      { region: "RU-TA", rank: 1, score: "91.25" },
      { region: "RU-TOM", rank: 2, score: "88.50" },
      { region: "RU-SAM", rank: 3, score: "70.00" },
    ]);
  });

  it("changes nothing when a single row is bad, and names its line", async () => {
    const before = await edition("techsuccess", 2018);
    const lines = before.entries.map((e) => `${e.region.code},${e.rank},${e.score.toFixed(2)}`);
    lines[3] = `Atlantis,4,50`; // line 5 of the file
    const content = ["region,rank,score", ...lines].join("\n");
    const history = await historyCount(before.id);
    const state = await db.lib.m.importRatingCsv(actor, { editionId: before.id, version: before.version, content });
    expect(state).toMatchObject({ error: "csv.invalid", errorValues: { count: 1 } });
    expect(state.data?.issues).toEqual([{ line: 5, field: "region", key: "csv.region", values: { value: "Atlantis" } }]);
    expect(state.tags ?? []).toEqual([]);
    const after = await edition("techsuccess", 2018);
    expect(entriesOf(after)).toEqual(entriesOf(before));
    expect(after.version).toBe(before.version);
    expect(await historyCount(before.id)).toEqual(history);
  });
});

describe("optimistic locking", () => {
  it("refuses a stale save or import and names who saved last", async () => {
    const current = await edition("techsuccess", 2019);
    const stale = current.version - 1;
    const rows = [{ regionId: await regionId("RU-NVS"), rank: 1, score: "10.00" }];
    const saved = await db.lib.m.saveRatingEntries(actor, { editionId: current.id, version: stale, rows });
    expect(saved.error).toBe("conflict");
    expect(saved.errorValues).toMatchObject({ name: "Irina Petrova" });
    expect(saved.tags ?? []).toEqual([]);
    const imported = await db.lib.m.importRatingCsv(actor, { editionId: current.id, version: stale, content: "region,rank,score\nRU-NVS,1,10\n" });
    expect(imported.error).toBe("conflict");
    expect(entriesOf(await edition("techsuccess", 2019))).toEqual(entriesOf(current));
  });

  it("lets only one of two simultaneous saves from the same version through", async () => {
    const current = await edition("innovation-rating", 2018);
    const rows = (code: string) => regionId(code).then((id) => [{ regionId: id, rank: 1, score: "1.00" }]);
    const results = await Promise.all([
      db.lib.m.saveRatingEntries(actor, { editionId: current.id, version: current.version, rows: await rows("RU-TA") }),
      db.lib.m.saveRatingEntries(actor, { editionId: current.id, version: current.version, rows: await rows("RU-TOM") }),
    ]);
    expect(results.map((r) => (r.ok ? true : r.error)).sort()).toEqual(["conflict", true].sort());
    const after = await edition("innovation-rating", 2018);
    expect(after.version).toBe(current.version + 1);
    expect(after.entries).toHaveLength(1);
  });
});

describe("saving the table", () => {
  it("reports every row problem by index before anything is written", () => {
    const parsed = saveRatingEntriesSchema.safeParse({
      editionId: "x",
      version: "2",
      rows: [
        { regionId: "a", rank: "1", score: "10" },
        { regionId: "a", rank: "3", score: "abc" },
        { regionId: "", rank: "1", score: "1000000" },
      ],
    });
    expect(parsed.success).toBe(false);
    const byPath = parsed.error!.issues.map((i) => `${i.path.join(".")}=${i.message}`).sort();
    expect(byPath).toEqual(
      [
        "rows.1.regionId=rating.regionDuplicate",
        "rows.1.score=rating.scoreFormat",
        "rows.2.rank=rating.rankDuplicate",
        "rows.2.regionId=required",
        "rows.2.score=rating.scoreRange",
      ].sort(),
    );
  });

  it("refuses a region that does not exist and writes nothing", async () => {
    const current = await edition("innovation-rating", 2019);
    const history = await historyCount(current.id);
    const state = await db.lib.m.saveRatingEntries(actor, {
      editionId: current.id,
      version: current.version,
      rows: [{ regionId: "no-such-region", rank: 1, score: "5.00" }],
    });
    expect(state.fieldErrors).toEqual({ "rows.0.regionId": ["rating.regionUnknown"] });
    expect(entriesOf(await edition("innovation-rating", 2019))).toEqual(entriesOf(current));
    expect(await historyCount(current.id)).toEqual(history);
  });

  it("replaces the rows of a valid table and returns them in rank order", async () => {
    const current = await edition("innovation-rating", 2019);
    const parsed = saveRatingEntriesSchema.parse({
      editionId: current.id,
      version: String(current.version),
      rows: [
        { regionId: await regionId("RU-PER"), rank: "2", score: "7,5" },
        { regionId: await regionId("RU-KLU"), rank: "1", score: "8" },
      ],
    });
    const state = await db.lib.m.saveRatingEntries(actor, parsed);
    expect(state.ok).toBe(true);
    expect(state.tags).toEqual(["ratings", "regions"]);
    expect((state.data?.rows as { rank: string }[]).map((r) => r.rank)).toEqual(["1", "2"]);
    expect(entriesOf(await edition("innovation-rating", 2019))).toEqual([
      ["RU-KLU", 1, "8.00"],
      ["RU-PER", 2, "7.50"],
    ]);
    expect((await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: current.id }, orderBy: { createdAt: "desc" } })).action).toBe("rating_edition.save");
  });

  it("will not leave a published edition without rows", async () => {
    const current = await edition("innovation-rating", 2019);
    const state = await db.lib.m.saveRatingEntries(actor, { editionId: current.id, version: current.version, rows: [] });
    expect(state.error).toBe("rating.publishedEmpty");
    expect((await edition("innovation-rating", 2019)).entries).toHaveLength(2);
  });
});

describe("editions", () => {
  it("keeps one edition per programme and year; a new one is an unpublished draft", async () => {
    const program = await db.prisma.ratingProgram.findUniqueOrThrow({ where: { key: "techsuccess" } });
    expect((await db.lib.m.createRatingEdition(actor, { programId: program.id, year: 2019, isDemo: false })).fieldErrors).toEqual({
      year: ["rating.yearTaken"],
    });
    const created = await db.lib.m.createRatingEdition(actor, { programId: program.id, year: 2020, isDemo: true });
    expect(created.ok).toBe(true);
    const id = String(created.id);
    expect(await db.prisma.ratingEdition.findUniqueOrThrow({ where: { id } })).toMatchObject({ year: 2020, status: "draft", isDemo: true, version: 1 });
    expect(created.tags).toEqual([]);
    expect(await db.prisma.auditLog.count({ where: { entityId: id, action: "rating_edition.create" } })).toBe(1);
    expect((await db.lib.m.setRatingEditionStatus(actor, { editionId: id, version: 1, publish: true })).error).toBe("rating.publishEmpty");
  });

  it("publishes and unpublishes, and the public read follows", async () => {
    const current = await edition("innovation-rating", 2018);
    const off = await db.lib.m.setRatingEditionStatus(actor, { editionId: current.id, version: current.version, publish: false });
    expect(off).toMatchObject({ ok: true, version: current.version + 1, data: { status: "draft", publishedAt: null } });
    expect(off.tags).toEqual(["ratings", "regions"]);
    expect(await db.lib.ratingLoad.loadEdition("ru", "innovation-rating", 2018)).toBeNull();
    const on = await db.lib.m.setRatingEditionStatus(actor, { editionId: current.id, version: current.version + 1, publish: true });
    expect(on.ok).toBe(true);
    const after = await edition("innovation-rating", 2018);
    expect(after.status).toBe("published");
    expect(after.publishedAt).not.toBeNull();
    expect(await db.lib.ratingLoad.loadEdition("ru", "innovation-rating", 2018)).not.toBeNull();
    expect(await db.prisma.auditLog.count({ where: { entityId: current.id, action: { in: ["rating_edition.publish", "rating_edition.unpublish"] } } })).toBe(2);
  });
});
