import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createMediaStorage, LocalMediaStorage } from "../../lib/media/storage-backends";
import { exportContent, type ExportSummary } from "../../scripts/lib/content-transfer/export";
import { EXCLUDED_TABLES, TransferRefused } from "../../scripts/lib/content-transfer/format";
import { sha256 } from "../../scripts/lib/content-transfer/files";
import { importContent, type ImportSummary } from "../../scripts/lib/content-transfer/import";
import { readObject } from "../../scripts/lib/content-transfer/media";
import { seedDatabase } from "../../scripts/seed";
import { publicReads, type ReadTargets } from "../support/public-reads";
import { dump, editThroughLib, secrets } from "../support/transfer-fixture";
import { createTestDatabase } from "../support/test-db";

// Outside a Next.js server there is no incremental cache; the reads run uncached here.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
let source: Db, target: Db, blank: Db;
let exported: ExportSummary;
let imported: ImportSummary;
let targets: ReadTargets;
const folders: string[] = [];
const tmp = (prefix: string) => folders[folders.push(fs.mkdtempSync(path.join(os.tmpdir(), prefix))) - 1]!;
const targetMedia = tmp("airr-import-media-");

beforeAll(async () => {
  [source, target, blank] = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
  await seedDatabase(source.url, { log: () => {} });
  targets = await editThroughLib(source.url);
  exported = await exportContent({ url: source.url, outDir: path.join(tmp("airr-export-"), "set"), storage: createMediaStorage() });
  imported = await importContent({ url: target.url, dir: exported.dir, storage: new LocalMediaStorage(targetMedia) });
}, 120_000);

afterAll(async () => {
  await Promise.all([source, target, blank].map((d) => d?.drop()));
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

describe("content export and import", () => {
  it("exports every table but the secret ones, with history, redirects and users", async () => {
    const all = Object.keys(await dump(source.url));
    const { tables } = exported.manifest;
    expect(Object.keys(tables).sort()).toEqual(all.filter((t) => !(t in EXCLUDED_TABLES)).sort());
    for (const t of [
      "Revision",
      "AuditLog",
      "SlugRedirect",
      "user",
      "Media",
      "MediaTranslation",
      "RatingEntry",
      "_ArticleToRegion",
      "_PracticeToTopic",
      "GalleryItem",
    ]) {
      expect(tables[t]!.rows, t).toBeGreaterThan(0);
    }
    expect(tables.user!.rows).toBe(2);
    expect(exported.manifest.migration).toMatch(/^\d{14}_/);
    const everything = fs.readdirSync(exported.dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json"));
    for (const file of everything) {
      const text = fs.readFileSync(path.join(exported.dir, file), "utf8");
      expect(text).not.toContain(secrets.hash);
      expect(text).not.toContain(secrets.token);
      expect(text).not.toContain(secrets.verification);
    }
  });

  it("restores every table row by row, the generated search columns included", async () => {
    const [before, after] = await Promise.all([dump(source.url), dump(target.url)]);
    for (const table of Object.keys(before)) {
      if (table in EXCLUDED_TABLES) continue;
      expect(after[table], table).toEqual(before[table]);
    }
    for (const table of ["session", "account", "verification", "SignInAttempt"]) expect(after[table], table).toEqual([]);
    expect(imported).toMatchObject({ rows: exported.rows, users: 2, mediaObjects: exported.manifest.media.objects });
  });

  it("copies every media object through the storage, byte for byte", async () => {
    const list = JSON.parse(fs.readFileSync(path.join(exported.dir, "media.json"), "utf8")) as { key: string; sha256: string }[];
    expect(list.length).toBeGreaterThan(10);
    expect(exported.manifest.media.missing).toEqual([]);
    const storage = new LocalMediaStorage(targetMedia);
    for (const { key, sha256: hash } of list) expect(sha256((await readObject(storage, key))!), key).toBe(hash);
  });

  it("gives the public pages the same content on both databases", async () => {
    const before = await publicReads(source.url, targets);
    expect(before["en article perm-technology-agency-meeting"]).toEqual({ type: "moved", slug: "perm-technology-agency-meeting-2" });
    expect(before["en article perm-technology-agency-meeting-2"]).toMatchObject({ type: "article" });
    expect(before["ru region tatarstan"]).toMatchObject({ slug: "tatarstan" });
    expect((before["ru search"] as { total: number }).total).toBeGreaterThan(0);
    expect(await publicReads(target.url, targets)).toEqual(before);
    // Each call reads its own database: the empty one shows nothing.
    expect((await publicReads(blank.url, targets))["ru regions"]).toEqual([]);
  });

  it("exports the imported database into the same files", async () => {
    const again = await exportContent({ url: target.url, outDir: path.join(tmp("airr-export-"), "set"), storage: new LocalMediaStorage(targetMedia) });
    expect(again.manifest.tables).toEqual(exported.manifest.tables);
    expect(again.manifest.media).toEqual(exported.manifest.media);
  });
});

describe("an import that must not happen", () => {
  const copyOfExport = () => {
    const dir = path.join(tmp("airr-tampered-"), "set");
    fs.cpSync(exported.dir, dir, { recursive: true });
    return dir;
  };
  const editJson = (dir: string, file: string, edit: (text: string) => string) =>
    fs.writeFileSync(path.join(dir, file), edit(fs.readFileSync(path.join(dir, file), "utf8")));

  // The database and a fresh media folder are exactly as before the refused import.
  async function expectRefused(url: string, dir: string, message: RegExp) {
    const before = await dump(url);
    const media = tmp("airr-media-");
    const attempt = importContent({ url, dir, storage: new LocalMediaStorage(media) });
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toBeInstanceOf(TransferRefused);
    expect(await dump(url)).toEqual(before);
    expect(fs.readdirSync(media)).toEqual([]);
  }

  it("refuses a database that already has content, and changes nothing", async () => {
    await expectRefused(target.url, exported.dir, /^The database already has content \(.*\); import restores only into an empty database/);
  });

  it("refuses a table file that does not match its checksum, and writes nothing", async () => {
    const dir = copyOfExport();
    editJson(dir, "tables/RegionTranslation.json", (t) => t.replace("Татарстан", "Татарстон"));
    await expectRefused(blank.url, dir, /tables\/RegionTranslation\.json in .* does not match its checksum in the manifest/);
  });

  it("refuses a damaged media file, and writes nothing", async () => {
    const dir = copyOfExport();
    const [first] = JSON.parse(fs.readFileSync(path.join(dir, "media.json"), "utf8")) as { key: string }[];
    const file = path.join(dir, "media", first!.key);
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    fs.writeFileSync(file, bytes);
    await expectRefused(blank.url, dir, new RegExp(`media/${first!.key} in .* does not match its checksum`));
  });

  it("refuses an export made at another migration or in another format", async () => {
    const dir = copyOfExport();
    editJson(dir, "manifest.json", (t) => t.replace(exported.manifest.migration, "20990101000000_future"));
    await expectRefused(blank.url, dir, /made at database migration 20990101000000_future, but this database is at/);
    editJson(dir, "manifest.json", (t) => t.replace('"formatVersion": 1', '"formatVersion": 2'));
    await expectRefused(blank.url, dir, /version 2, but this version of the site reads/);
  });

  it("rolls everything back when the database refuses a row half-way", async () => {
    const dir = copyOfExport();
    // A duplicated link row passes every file check and fails late, after most tables went in.
    editJson(dir, "tables/_ArticleToRegion.json", (t) => t.replace(/^\[\n(\{.*\}),\n/, "[\n$1,\n$1,\n"));
    const entry = exported.manifest.tables._ArticleToRegion!;
    const fixed = { ...entry, rows: entry.rows + 1, sha256: sha256(fs.readFileSync(path.join(dir, "tables/_ArticleToRegion.json"))) };
    editJson(dir, "manifest.json", (t) => JSON.stringify({ ...JSON.parse(t), tables: { ...exported.manifest.tables, _ArticleToRegion: fixed } }));
    const before = await dump(blank.url);
    await expect(importContent({ url: blank.url, dir, storage: new LocalMediaStorage(tmp("airr-media-")) })).rejects.toThrow(
      /refused the rows of _ArticleToRegion .*rolled back/,
    );
    expect(await dump(blank.url)).toEqual(before);
    expect(Object.entries(before).filter(([t, r]) => t !== "_prisma_migrations" && r.length > 0)).toEqual([]);
  });
});
