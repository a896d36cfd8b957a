import { FORMAT, FORMAT_VERSION, MANIFEST_FILE, manifestSchema, mediaListSchema, TransferRefused, type Manifest, type MediaEntry } from "./format.ts";
import { readInside, sha256 } from "./files.ts";
import { findBadMediaFile } from "./media.ts";
import type { Row } from "./rows.ts";

export type VerifiedExport = { manifest: Manifest; tables: Map<string, Row[]>; media: MediaEntry[] };

const damaged = (dir: string, file: string, why: string) =>
  new TransferRefused(`${file} in ${dir} ${why}: the export is damaged or was edited, and nothing was written.`);

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return undefined;
  }
}

function readManifest(dir: string): Manifest {
  const bytes = readInside(dir, MANIFEST_FILE);
  if (!bytes)
    throw new TransferRefused(`${dir} has no ${MANIFEST_FILE}, so it is not a complete export (an interrupted export has none); nothing was written.`);
  const parsed = manifestSchema.safeParse(parseJson(bytes));
  if (!parsed.success) throw new TransferRefused(`${MANIFEST_FILE} in ${dir} is not an export manifest of this site; nothing was written.`);
  const m = parsed.data;
  if (m.format !== FORMAT || m.formatVersion !== FORMAT_VERSION) {
    throw new TransferRefused(
      `${dir} is in the format "${m.format}" version ${m.formatVersion}, but this version of the site reads "${FORMAT}" version ${FORMAT_VERSION}; nothing was written.`,
    );
  }
  return m;
}

function readChecked(dir: string, file: string, expected: string): unknown[] {
  const bytes = readInside(dir, file);
  if (!bytes) throw damaged(dir, file, "is missing");
  if (sha256(bytes) !== expected) throw damaged(dir, file, "does not match its checksum in the manifest");
  const value = parseJson(bytes);
  if (!Array.isArray(value)) throw damaged(dir, file, "is not a JSON list");
  return value;
}

// Everything that can be checked without a database, before anything is written anywhere.
export function readVerifiedExport(dir: string): VerifiedExport {
  const manifest = readManifest(dir);
  const tables = new Map<string, Row[]>();
  for (const [name, entry] of Object.entries(manifest.tables)) {
    const rows = readChecked(dir, entry.file, entry.sha256);
    if (rows.length !== entry.rows) throw damaged(dir, entry.file, `holds ${rows.length} rows where the manifest counts ${entry.rows}`);
    tables.set(name, rows as Row[]);
  }
  const list = mediaListSchema.safeParse(readChecked(dir, manifest.media.file, manifest.media.sha256));
  if (!list.success || list.data.length !== manifest.media.objects)
    throw damaged(dir, manifest.media.file, "does not list the media objects the manifest counts");
  const bad = findBadMediaFile(dir, list.data);
  if (bad) throw damaged(dir, bad, "is missing or does not match its checksum in the media list");
  return { manifest, tables, media: list.data };
}
