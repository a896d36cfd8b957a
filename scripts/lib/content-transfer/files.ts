import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

// One row per line: stable, diffable, and readable without loading a whole table in an editor.
export function rowsJson(rows: unknown[]): string {
  return rows.length === 0 ? "[]\n" : `[\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`;
}

export function writeFile(dir: string, file: string, content: string | Buffer): { sha256: string; bytes: number } {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
  return { sha256: sha256(content), bytes: Buffer.byteLength(content) };
}

// A path inside the export folder, never outside it, whatever a (tampered) manifest names.
export function inside(dir: string, file: string): string | null {
  const root = path.resolve(dir);
  const full = path.resolve(root, file);
  return full.startsWith(root + path.sep) ? full : null;
}

export function readInside(dir: string, file: string): Buffer | null {
  const full = inside(dir, file);
  if (!full) return null;
  try {
    return fs.readFileSync(full);
  } catch {
    return null;
  }
}

export function timestampFolder(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replaceAll(":", "-");
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
