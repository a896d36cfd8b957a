import fs from "node:fs";
import path from "node:path";
import { migrate } from "../../../server/db/open.ts";
import { connect } from "./connection.ts";
import type { ExportSummary } from "./export.ts";
import { EXCLUDED_TABLES, TransferRefused, type Manifest } from "./format.ts";
import { formatBytes, timestampFolder } from "./files.ts";
import type { ImportSummary } from "./import.ts";
import { appliedMigration } from "./schema.ts";

export function exportFolder(argv: string[], now: Date): string {
  const at = argv.findIndex((a) => a === "--out" || a.startsWith("--out="));
  const value = at < 0 ? null : argv[at]!.startsWith("--out=") ? argv[at]!.slice(6) : argv[at + 1];
  if (at >= 0 && !value) throw new TransferRefused("--out needs a folder, e.g. npm run content:export -- --out backups/today.");
  return path.resolve(value ?? path.join("export", timestampFolder(now)));
}

export function importFolder(argv: string[]): string {
  const dir = argv.find((a) => !a.startsWith("-"));
  if (!dir) throw new TransferRefused("Name the export folder to import, e.g. npm run content:import -- export/2026-11-23T10-00-00Z.");
  if (!fs.existsSync(dir)) throw new TransferRefused(`The folder ${dir} does not exist.`);
  return path.resolve(dir);
}

const latestMigrationFolder = () =>
  fs
    .readdirSync(path.resolve("prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .at(-1);

// A brand-new database (a new DATA_DIR, a newly created PostgreSQL database) gets the
// schema first, but only when the export was made at this code's own latest migration.
// A database with migrations is left as it is: the import checks it.
export async function migrateBlankDatabase(url: string, manifest: Manifest): Promise<void> {
  const client = await connect(url);
  const applied = await appliedMigration(client).finally(() => client.end());
  if (applied) return;
  const ours = latestMigrationFolder();
  if (ours !== manifest.migration) {
    throw new TransferRefused(
      `The export was made at database migration ${manifest.migration}, but this version of the site is at ${ours}; import it with the site version that made it, and nothing was written.`,
    );
  }
  await migrate(url);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const excluded = () => Object.values(EXCLUDED_TABLES).slice(1).join(", ");

export function exportReport(s: ExportSummary, ms: number): string[] {
  const { tables, media } = s.manifest;
  const lines = [
    `Exported ${s.rows} rows from ${Object.keys(tables).length} tables (${formatBytes(s.tableBytes)}) and ${media.objects} media files (${formatBytes(s.mediaBytes)}) to ${s.dir} in ${seconds(ms)}.`,
    `Not exported: ${excluded()}.`,
  ];
  if (media.missing.length)
    lines.push(
      `⚠ ${media.missing.length} media objects named by the database are missing from the media storage and were not exported: ${media.missing.join(", ")}.`,
    );
  return lines;
}

export function importReport(s: ImportSummary, ms: number): string[] {
  const lines = [
    `Imported ${s.rows} rows into ${s.tables} tables and ${s.mediaObjects} media files (${formatBytes(s.mediaBytes)}, each checked by its SHA-256) in ${seconds(ms)}.`,
  ];
  if (s.users > 0) {
    lines.push(
      `${s.users === 1 ? "1 user account was" : `${s.users} user accounts were`} imported without a password: administrators must set passwords. Start the site once with ADMIN_EMAIL and ADMIN_PASSWORD to create or reset an administrator, who then sets the others' passwords under /admin → Users.`,
    );
  }
  return lines;
}
