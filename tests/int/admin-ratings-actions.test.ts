import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "../../lib/auth/roles";
import { seedDatabase } from "../../scripts/seed";
import { withTestDatabase } from "../support/test-db";

// The actions outside Next: the session, request headers and cache expiry are stand-ins.
const env = vi.hoisted(() => ({ user: null as null | { id: string; name: string; email: string; role: Role; sessionId: string }, expired: [] as string[] }));
vi.mock("@/lib/auth/session", async () => (await import("../support/mock-session")).sessionModule(() => env.user));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => env.expired.push(tag) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

let editionId: string;
const users = {} as Record<Role, { id: string; name: string; email: string; role: Role; sessionId: string }>;

const db = withTestDatabase(async (_prisma, url) => {
  await seedDatabase(url, { log: () => {} });
  return import("../../lib/actions/ratings");
});
beforeAll(async () => {
  for (const role of ["admin", "editor", "author"] as const) {
    const u = await db.prisma.user.create({ data: { name: `The ${role}`, email: `${role}@example.org`, role } });
    users[role] = { id: u.id, name: u.name, email: u.email, role, sessionId: "s" };
  }
  editionId = (await db.prisma.ratingEdition.findFirstOrThrow({ where: { year: 2017, program: { key: "techsuccess" } } })).id;
});

beforeEach(() => {
  env.expired.length = 0;
});

const form = (fields: Record<string, string | Blob>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};
const csvFile = (text: string) => new File([text], "rating.csv", { type: "text/csv" });
const snapshot = async () => [
  await db.prisma.ratingEdition.findUniqueOrThrow({ where: { id: editionId } }),
  await db.prisma.ratingEntry.count(),
  await db.prisma.auditLog.count(),
];

describe("ratings actions", () => {
  it("refuse anonymous visitors and authors without changing anything", async () => {
    const before = await snapshot();
    const { version } = await db.prisma.ratingEdition.findUniqueOrThrow({ where: { id: editionId } });
    const program = await db.prisma.ratingProgram.findUniqueOrThrow({ where: { key: "techsuccess" } });
    for (const [user, expected] of [
      [null, "auth.signedOut"],
      [users.author, "auth.forbidden"],
    ] as const) {
      env.user = user;
      const v = String(version);
      expect((await db.lib.createRatingEditionAction({}, form({ programId: program.id, year: "2031" }))).error).toBe(expected);
      expect((await db.lib.saveRatingEntriesAction({}, form({ editionId, version: v, rows: "[]" }))).error).toBe(expected);
      expect((await db.lib.importRatingCsvAction({}, form({ editionId, version: v, file: csvFile("region,rank,score\nRU-TA,1,1\n") }))).error).toBe(expected);
      expect((await db.lib.setRatingEditionStatusAction({}, form({ editionId, version: v, publish: "0" }))).error).toBe(expected);
    }
    expect(await snapshot()).toEqual(before);
    expect(env.expired).toEqual([]);
  });

  it("import a file for an editor and expire the public rating pages", async () => {
    env.user = users.editor;
    const { version } = await db.prisma.ratingEdition.findUniqueOrThrow({ where: { id: editionId } });
    const state = await db.lib.importRatingCsvAction(
      {},
      form({ editionId, version: String(version), file: csvFile("region;rank;score\nRU-TA;1;9,5\nRU-PER;2;9\n") }),
    );
    expect(state).toMatchObject({ ok: true, version: version + 1 });
    expect(await db.prisma.ratingEntry.count({ where: { editionId } })).toBe(2);
    expect(env.expired.sort()).toEqual(["ratings", "regions"]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: editionId }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ action: "rating_edition.import", actorId: users.editor.id, ipAddress: "203.0.113.9" });
  });

  it("refuse an oversized or missing file before reading it", async () => {
    env.user = users.editor;
    const big = new File([new Uint8Array(1024 * 1024 + 1).fill(0x41)], "big.csv");
    expect((await db.lib.importRatingCsvAction({}, form({ editionId, version: "1", file: big }))).fieldErrors).toEqual({ file: ["csv.tooLarge"] });
    expect((await db.lib.importRatingCsvAction({}, form({ editionId, version: "1" }))).fieldErrors).toEqual({ file: ["csv.noFile"] });
  });

  it("read table rows from their JSON field and answer errors by row index", async () => {
    env.user = users.admin;
    const rows = JSON.stringify([
      { regionId: "x", rank: "1", score: "1" },
      { regionId: "x", rank: "2", score: "1,005" },
    ]);
    const state = await db.lib.saveRatingEntriesAction({}, form({ editionId, version: "1", rows }));
    expect(state.fieldErrors).toEqual({ "rows.1.regionId": ["rating.regionDuplicate"], "rows.1.score": ["rating.scoreDecimals"] });
    expect((await db.lib.saveRatingEntriesAction({}, form({ editionId, version: "1", rows: "{not json" }))).fieldErrors?.rows).toBeDefined();
  });

  it("open the new edition after creating it", async () => {
    env.user = users.editor;
    const program = await db.prisma.ratingProgram.findUniqueOrThrow({ where: { key: "innovation-rating" } });
    const done = db.lib.createRatingEditionAction({}, form({ programId: program.id, year: "2024" }));
    await expect(done).rejects.toMatchObject({ url: expect.stringMatching(/^\/admin\/ratings\/\w+$/) });
    expect(await db.prisma.ratingEdition.count({ where: { programId: program.id, year: 2024, status: "draft" } })).toBe(1);
  });
});
