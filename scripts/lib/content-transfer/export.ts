import fs from "node:fs";
import type { MediaStorage } from "../../../lib/media/storage-backends.ts";
import { connect } from "./connection.ts";
import { FORMAT, FORMAT_VERSION, MANIFEST_FILE, MEDIA_LIST_FILE, TransferRefused, tableFile, type Manifest } from "./format.ts";
import { rowsJson, writeFile } from "./files.ts";
import { exportMedia, MEDIA_TABLE, mediaKeys } from "./media.ts";
import { readTable, type Row } from "./rows.ts";
import { latestMigration, readSchema } from "./schema.ts";

export type ExportOptions = { url: string; outDir: string; storage: MediaStorage; now?: Date };
export type ExportSummary = { dir: string; manifest: Manifest; rows: number; tableBytes: number; mediaBytes: number };

function assertUsableFolder(dir: string) {
  if (fs.existsSync(dir) && (!fs.statSync(dir).isDirectory() || fs.readdirSync(dir).length > 0)) {
    throw new TransferRefused(`The folder ${dir} already exists and is not empty; name a new folder with --out so two exports never mix.`);
  }
  fs.mkdirSync(dir, { recursive: true });
}

// Reads every exported table in one read-only snapshot, so a site that keeps running
// during the export still yields a consistent set; then copies the media it refers to.
export async function exportContent({ url, outDir, storage, now = new Date() }: ExportOptions): Promise<ExportSummary> {
  assertUsableFolder(outDir);
  const client = await connect(url);
  const data = new Map<string, Row[]>();
  let migration: string;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    migration = await latestMigration(client);
    for (const table of await readSchema(client)) data.set(table.name, await readTable(client, table));
    await client.query("COMMIT");
  } finally {
    await client.end();
  }

  const tables: Manifest["tables"] = {};
  let rows = 0;
  let tableBytes = 0;
  for (const [name, tableRows] of [...data].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = tableFile(name);
    const written = writeFile(outDir, file, rowsJson(tableRows));
    tables[name] = { file, rows: tableRows.length, sha256: written.sha256 };
    rows += tableRows.length;
    tableBytes += written.bytes;
  }

  const { entries, missing } = await exportMedia(storage, mediaKeys(data.get(MEDIA_TABLE) ?? []), outDir);
  const list = writeFile(outDir, MEDIA_LIST_FILE, rowsJson(entries));
  const mediaBytes = entries.reduce((sum, e) => sum + e.size, 0);
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: now.toISOString(),
    migration,
    tables,
    media: { file: MEDIA_LIST_FILE, objects: entries.length, bytes: mediaBytes, sha256: list.sha256, missing },
  };
  // Written last: a folder without a manifest is an interrupted export, and import refuses it.
  writeFile(outDir, MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir: outDir, manifest, rows, tableBytes, mediaBytes };
}
