import { beforeAll, describe, expect, it } from "vitest";
import { translationState } from "../../lib/translations/state";
import { pageTranslationSchema } from "../../lib/zod/pages";
import { practiceSharedSchema, practiceTranslationSchema } from "../../lib/zod/practices";
import { regionCompetenciesSchema, regionTranslationSchema } from "../../lib/zod/regions";
import { imageWithAlt } from "../support/media-rows";
import { withTestDatabase } from "../support/test-db";

const doc = (text: string) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const old = new Date("2020-01-01T00:00:00Z");
const anna = { id: "u-anna", role: "editor" as const };
const boris = { id: "u-boris", role: "editor" as const };
const author = { id: "u-author", role: "author" as const };
const ids = { page: "", regionA: "", regionB: "", practice: "", other: "", c1: "", c2: "", topic: "" };

const db = withTestDatabase(async () => ({
  practiceLoad: await import("../../lib/practices/load"),
  pages: await import("../../lib/pages/mutations"),
  practices: await import("../../lib/practices/mutations"),
  regions: await import("../../lib/regions/mutations"),
}));
beforeAll(async () => {
  for (const u of [anna, boris, author])
    await db.prisma.user.create({
      data: { id: u.id, name: u.id === anna.id ? "Anna" : u.id === boris.id ? "Boris" : "Arkady", email: `${u.id}@example.org`, role: u.role },
    });
  const profile = JSON.parse(doc("Profile"));
  const region = (code: string, slug: string) =>
    db.prisma.region.create({
      data: {
        code,
        slug,
        translations: {
          create: [
            { locale: "ru", name: `Регион ${code}`, profile },
            { locale: "en", name: `Region ${code}`, profile },
          ],
        },
      },
    });
  ids.regionA = (await region("RU-AAA", "region-a")).id;
  ids.regionB = (await region("RU-BBB", "region-b")).id;
  ids.c1 = (await db.prisma.competency.create({ data: { slug: "it" } })).id;
  ids.c2 = (await db.prisma.competency.create({ data: { slug: "bio" } })).id;
  ids.topic = (await db.prisma.topic.create({ data: { slug: "finance" } })).id;
  const body = JSON.parse(doc("Old text"));
  ids.page = (
    await db.prisma.page.create({
      data: {
        path: "/about/history",
        translations: { create: { locale: "ru", title: "История", body, status: "published", publishedAt: old, contentUpdatedAt: old } },
      },
    })
  ).id;
  const practice = (slugRu: string, slugEn: string | null) =>
    db.prisma.practice.create({
      data: {
        regionId: ids.regionA,
        translations: {
          create: [
            { locale: "ru" as const, slug: slugRu, title: "Практика", body, status: "published" as const, publishedAt: old, contentUpdatedAt: old },
            ...(slugEn ? [{ locale: "en" as const, slug: slugEn, title: "Practice", body, contentUpdatedAt: old }] : []),
          ],
        },
      },
    });
  ids.practice = (await practice("one-ru", "one-en")).id;
  ids.other = (await practice("two-ru", null)).id;
});

const pageInput = (over: Record<string, string>) =>
  pageTranslationSchema.parse({
    pageId: ids.page,
    locale: "ru",
    version: "1",
    title: "История",
    description: "",
    body: doc("Old text"),
    status: "published",
    ...over,
  });
const practiceInput = (over: Record<string, string>) =>
  practiceTranslationSchema.parse({
    practiceId: ids.practice,
    locale: "ru",
    version: "1",
    slug: "one-ru",
    title: "Практика",
    summary: "",
    body: doc("Old text"),
    status: "published",
    ...over,
  });
const history = async (entityId: string) => ({
  revisions: await db.prisma.revision.count({ where: { entityId } }),
  audits: await db.prisma.auditLog.count({ where: { entityId } }),
});

describe("pages", () => {
  it("moves contentUpdatedAt only when the text changes, and writes a revision and an audit entry with each save", async () => {
    const statusOnly = await db.lib.pages.savePageTranslation(anna, pageInput({ status: "draft" }));
    expect(statusOnly).toMatchObject({ ok: true, version: 2 });
    let row = await db.prisma.pageTranslation.findUniqueOrThrow({ where: { pageId_locale: { pageId: ids.page, locale: "ru" } } });
    expect(row.contentUpdatedAt).toEqual(old);
    expect(row.status).toBe("draft");

    const text = await db.lib.pages.savePageTranslation(anna, pageInput({ version: "2", title: "История Ассоциации", status: "draft" }));
    expect(text).toMatchObject({ ok: true, version: 3, tags: expect.arrayContaining(["pages", "page:/about/history"]) });
    row = await db.prisma.pageTranslation.findUniqueOrThrow({ where: { id: row.id } });
    expect(row.contentUpdatedAt.getTime()).toBeGreaterThan(old.getTime());

    const revision = await db.prisma.revision.findFirstOrThrow({ where: { entityType: "page", entityId: ids.page, version: 3 } });
    expect(revision).toMatchObject({ locale: "ru", authorId: anna.id, snapshot: expect.objectContaining({ title: "История Ассоциации", status: "draft" }) });
    const audits = await db.prisma.auditLog.findMany({ where: { entityType: "page", entityId: ids.page }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.action, a.locale, a.actorId])).toEqual([
      ["page.unpublish", "ru", anna.id],
      ["page.save", "ru", anna.id],
    ]);
    // The seed refreshes only pages at version 1: the first edit marks this one as an editor's.
    expect((await db.prisma.page.findUniqueOrThrow({ where: { id: ids.page } })).version).toBe(2);
  });

  it("refuses a stale save, names who saved last and changes nothing", async () => {
    const before = await history(ids.page);
    const result = await db.lib.pages.savePageTranslation(boris, pageInput({ version: "2", title: "Чужая правка" }));
    expect(result).toMatchObject({ error: "conflict", errorValues: { name: "Anna" } });
    const row = await db.prisma.pageTranslation.findUniqueOrThrow({ where: { pageId_locale: { pageId: ids.page, locale: "ru" } } });
    expect([row.title, row.version]).toEqual(["История Ассоциации", 3]);
    expect(await history(ids.page)).toEqual(before);
  });

  it("creates a missing translation from version 0 and refuses a second creation", async () => {
    const created = await db.lib.pages.savePageTranslation(anna, pageInput({ locale: "en", version: "0", title: "History", status: "draft" }));
    expect(created).toMatchObject({ ok: true, version: 1 });
    expect(await db.lib.pages.savePageTranslation(boris, pageInput({ locale: "en", version: "0", title: "Other" }))).toMatchObject({ error: "conflict" });
    expect((await db.prisma.pageTranslation.findUniqueOrThrow({ where: { pageId_locale: { pageId: ids.page, locale: "en" } } })).title).toBe("History");
  });

  it("lets only a role that may publish change the status", async () => {
    const before = await history(ids.page);
    expect(await db.lib.pages.savePageTranslation(author, pageInput({ locale: "en", version: "1", title: "History", status: "published" }))).toMatchObject({
      error: "auth.forbidden",
    });
    expect((await db.prisma.pageTranslation.findUniqueOrThrow({ where: { pageId_locale: { pageId: ids.page, locale: "en" } } })).status).toBe("draft");
    expect(await history(ids.page)).toEqual(before);
  });

  it("refuses a body outside the rich-text allowlist", () => {
    const script = JSON.stringify({ type: "doc", content: [{ type: "script", text: "alert(1)" }] });
    const jsLink = JSON.stringify({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    });
    for (const body of [script, jsLink, "<p>html</p>"]) {
      const parsed = pageTranslationSchema.safeParse({ pageId: ids.page, locale: "ru", version: "3", title: "T", description: "", body, status: "draft" });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["body", "body"]]);
    }
    expect(regionTranslationSchema.safeParse({ regionId: "r", locale: "en", version: "1", name: "N", capital: "", summary: "", profile: script }).success).toBe(
      false,
    );
  });
});

describe("practices", () => {
  it("keeps slugs unique per locale, counting other practices' old slugs", async () => {
    const other = (locale: string, slug: string) =>
      db.lib.practices.savePracticeTranslation(
        anna,
        practiceInput({ practiceId: ids.other, locale, version: locale === "ru" ? "1" : "0", slug, title: "Other" }),
      );
    expect(await other("en", "one-en")).toEqual({ ok: false, fieldErrors: { slug: ["slugTaken"] } });
    expect(await db.prisma.practiceTranslation.count({ where: { practiceId: ids.other, locale: "en" } })).toBe(0);
    // The same slug in the other language is a different URL.
    expect(await other("en", "one-ru")).toMatchObject({ ok: true, version: 1 });
  });

  it("keeps the old slug of a published translation as a redirect, and none for a draft", async () => {
    const moved = await db.lib.practices.savePracticeTranslation(anna, practiceInput({ slug: "one-ru-renamed" }));
    expect(moved).toMatchObject({ ok: true, version: 2, tags: expect.arrayContaining(["practices", "region:region-a", "redirects"]) });
    expect(await db.prisma.slugRedirect.findMany({ where: { entityType: "practice" }, select: { locale: true, fromSlug: true, entityId: true } })).toEqual([
      { locale: "ru", fromSlug: "one-ru", entityId: ids.practice },
    ]);
    expect(await db.lib.practiceLoad.resolvePractice("ru", "one-ru")).toEqual({ type: "moved", slug: "one-ru-renamed" });
    // The old URL keeps redirecting, so no other practice may take it.
    expect(await db.lib.practices.savePracticeTranslation(anna, practiceInput({ practiceId: ids.other, slug: "one-ru" }))).toEqual({
      ok: false,
      fieldErrors: { slug: ["slugTaken"] },
    });

    expect(
      await db.lib.practices.savePracticeTranslation(anna, practiceInput({ locale: "en", slug: "one-en-renamed", title: "Practice", status: "draft" })),
    ).toMatchObject({ ok: true });
    expect(await db.prisma.slugRedirect.count({ where: { fromSlug: "one-en" } })).toBe(0);
  });

  it("refuses a stale text save without touching slugs, redirects or history", async () => {
    const before = { ...(await history(ids.practice)), redirects: await db.prisma.slugRedirect.count() };
    const result = await db.lib.practices.savePracticeTranslation(boris, practiceInput({ version: "1", slug: "stale-slug" }));
    expect(result).toMatchObject({ error: "conflict", errorValues: { name: "Anna" } });
    const row = await db.prisma.practiceTranslation.findUniqueOrThrow({ where: { practiceId_locale: { practiceId: ids.practice, locale: "ru" } } });
    expect([row.slug, row.version]).toEqual(["one-ru-renamed", 2]);
    expect({ ...(await history(ids.practice)), redirects: await db.prisma.slugRedirect.count() }).toEqual(before);
  });

  it("moves contentUpdatedAt only on text changes and records each save of a locale", async () => {
    const before = await db.prisma.practiceTranslation.findUniqueOrThrow({ where: { practiceId_locale: { practiceId: ids.practice, locale: "ru" } } });
    await db.lib.practices.savePracticeTranslation(anna, practiceInput({ version: "2", slug: "one-ru-renamed", status: "draft" }));
    const statusOnly = await db.prisma.practiceTranslation.findUniqueOrThrow({ where: { id: before.id } });
    expect(statusOnly.contentUpdatedAt).toEqual(before.contentUpdatedAt);
    await db.lib.practices.savePracticeTranslation(anna, practiceInput({ version: "3", slug: "one-ru-renamed", status: "draft", body: doc("New text") }));
    const changed = await db.prisma.practiceTranslation.findUniqueOrThrow({ where: { id: before.id } });
    expect(changed.contentUpdatedAt.getTime()).toBeGreaterThan(before.contentUpdatedAt.getTime());
    const revision = await db.prisma.revision.findFirstOrThrow({ where: { entityType: "practice", entityId: ids.practice, locale: "ru", version: 4 } });
    expect(JSON.stringify(revision.snapshot)).toContain("New text");
    expect(await db.prisma.auditLog.count({ where: { entityType: "practice", entityId: ids.practice, locale: "ru" } })).toBe(3);
  });

  it("saves shared fields with the practice's version and expires both regions' pages", async () => {
    const { version } = await db.prisma.practice.findUniqueOrThrow({ where: { id: ids.practice } });
    const input = (v: number) =>
      practiceSharedSchema.parse({ practiceId: ids.practice, version: String(v), regionId: ids.regionB, topicIds: [ids.topic], coverId: "" });
    const saved = await db.lib.practices.savePracticeShared(anna, input(version));
    expect(saved).toMatchObject({ ok: true, version: version + 1, tags: expect.arrayContaining(["practices", "region:region-a", "region:region-b"]) });
    const stale = await db.lib.practices.savePracticeShared(boris, { ...input(version), regionId: ids.regionA, topicIds: [] });
    expect(stale).toMatchObject({ error: "conflict" });
    const row = await db.prisma.practice.findUniqueOrThrow({ where: { id: ids.practice }, include: { topics: true } });
    expect([row.regionId, row.topics.map((x) => x.id), row.version]).toEqual([ids.regionB, [ids.topic], version + 1]);
    expect(await db.lib.practices.savePracticeShared(anna, { ...input(version + 1), topicIds: ["no-such-topic"] })).toEqual({
      ok: false,
      fieldErrors: { topicIds: ["invalid"] },
    });
  });
});

describe("regions", () => {
  const input = (locale: string, version: number, name: string) =>
    regionTranslationSchema.parse({ regionId: ids.regionA, locale, version: String(version), name, capital: "", summary: "", profile: doc("Profile") });

  it("saves each locale with the region's version and refuses a stale save without changes", async () => {
    const ru = await db.lib.regions.saveRegionTranslation(anna, input("ru", 1, "Регион А"));
    expect(ru).toMatchObject({ ok: true, version: 2, tags: expect.arrayContaining(["regions", "region:region-a", "articles"]) });
    const before = await history(ids.regionA);
    expect(await db.lib.regions.saveRegionTranslation(boris, input("en", 1, "Stale"))).toMatchObject({ error: "conflict", errorValues: { name: "Anna" } });
    expect((await db.prisma.regionTranslation.findUniqueOrThrow({ where: { regionId_locale: { regionId: ids.regionA, locale: "en" } } })).name).toBe(
      "Region RU-AAA",
    );
    expect((await db.prisma.region.findUniqueOrThrow({ where: { id: ids.regionA } })).version).toBe(2);
    expect(await history(ids.regionA)).toEqual(before);
    expect(await db.lib.regions.saveRegionTranslation(anna, input("en", 2, "Region A"))).toMatchObject({ ok: true, version: 3 });
    const revision = await db.prisma.revision.findFirstOrThrow({ where: { entityType: "region", entityId: ids.regionA, version: 3 } });
    expect(revision).toMatchObject({ locale: "en", snapshot: expect.objectContaining({ name: "Region A" }) });
  });

  it("saves competencies separately, with the same version", async () => {
    const parse = (version: number, competencyIds: string[]) =>
      regionCompetenciesSchema.parse({ regionId: ids.regionA, version: String(version), competencyIds });
    expect(await db.lib.regions.saveRegionCompetencies(anna, parse(3, [ids.c1, ids.c2]))).toMatchObject({
      ok: true,
      version: 4,
      tags: expect.arrayContaining(["competencies"]),
    });
    expect(await db.lib.regions.saveRegionCompetencies(boris, parse(3, []))).toMatchObject({ error: "conflict" });
    const row = await db.prisma.region.findUniqueOrThrow({ where: { id: ids.regionA }, include: { competencies: true } });
    expect(row.competencies.map((c) => c.id).sort()).toEqual([ids.c1, ids.c2].sort());
    expect(await db.prisma.auditLog.count({ where: { entityType: "region", entityId: ids.regionA, action: "region.save" } })).toBe(3);
  });
});

describe("translation state", () => {
  it("is out of date when the other locale's text changed later, missing without a translation", () => {
    const at = (iso: string) => ({ contentUpdatedAt: new Date(iso) });
    expect(translationState(at("2026-01-01"), at("2026-02-01"))).toBe("outdated");
    expect(translationState(at("2026-02-01"), at("2026-01-01"))).toBe("current");
    expect(translationState(at("2026-02-01"), null)).toBe("current");
    expect(translationState(null, at("2026-01-01"))).toBe("missing");
  });
});

describe("publishing a practice", () => {
  it("is refused while an image in its body has no alt text in that language", async () => {
    const media = await imageWithAlt(db.prisma, "scheme.png", { ru: "", en: "A scheme" });
    const practice = await db.prisma.practice.create({ data: { regionId: ids.regionA } });
    const body = JSON.stringify({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Схема" }] },
        { type: "image", attrs: { mediaId: media.id } },
      ],
    });
    const input = (status: string) => practiceInput({ practiceId: practice.id, version: "0", slug: `alt-check-${status}`, body, status });
    expect(await db.lib.practices.savePracticeTranslation(anna, input("published"))).toMatchObject({
      error: "publish.altMissing",
      errorValues: { files: "scheme.png" },
    });
    expect(await db.prisma.practiceTranslation.count({ where: { practiceId: practice.id } })).toBe(0);
    expect(await db.lib.practices.savePracticeTranslation(anna, input("draft"))).toMatchObject({ ok: true });
  });
});
