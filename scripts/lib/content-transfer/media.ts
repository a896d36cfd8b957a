import { isSafeKey, contentTypeOfKey } from "../../../lib/media/keys.ts";
import type { MediaStorage, StoredObject } from "../../../lib/media/storage-backends.ts";
import { MEDIA_DIR, type MediaEntry } from "./format.ts";
import { readInside, sha256, writeFile } from "./files.ts";
import type { Row } from "./rows.ts";

export const MEDIA_TABLE = "Media";

// Every object a Media row points to: the stored original and each responsive variant,
// read from the raw JSON so that even a variant the site would skip is kept.
export function mediaKeys(rows: Row[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) {
    if (typeof row.storageKey === "string") keys.add(row.storageKey);
    if (!Array.isArray(row.variants)) continue;
    for (const v of row.variants as unknown[]) {
      const key = (v as { key?: unknown } | null)?.key;
      if (typeof key === "string") keys.add(key);
    }
  }
  return [...keys].sort();
}

async function bytesOf(body: StoredObject["body"]): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export async function readObject(storage: MediaStorage, key: string): Promise<Buffer | null> {
  const object = await storage.get(key);
  return object ? bytesOf(object.body) : null;
}

// Objects a row names but the storage no longer holds are listed, not invented.
export async function exportMedia(storage: MediaStorage, keys: string[], dir: string) {
  const entries: MediaEntry[] = [];
  const missing: string[] = [];
  for (const key of keys) {
    const bytes = isSafeKey(key) ? await readObject(storage, key) : null;
    if (!bytes) {
      missing.push(key);
      continue;
    }
    writeFile(dir, `${MEDIA_DIR}/${key}`, bytes);
    entries.push({ key, size: bytes.length, sha256: sha256(bytes) });
  }
  return { entries, missing };
}

// The first media file of the export that is absent or differs from its listed checksum.
export function findBadMediaFile(dir: string, entries: MediaEntry[]): string | null {
  for (const e of entries) {
    if (!isSafeKey(e.key)) return `${MEDIA_DIR}/${e.key}`;
    const bytes = readInside(dir, `${MEDIA_DIR}/${e.key}`);
    if (!bytes || bytes.length !== e.size || sha256(bytes) !== e.sha256) return `${MEDIA_DIR}/${e.key}`;
  }
  return null;
}

// Writes each object through the storage backend, then reads it back: a restore is only
// done when the stored bytes are the exported ones.
export async function restoreMedia(storage: MediaStorage, dir: string, entries: MediaEntry[]): Promise<void> {
  for (const e of entries) {
    const bytes = readInside(dir, `${MEDIA_DIR}/${e.key}`)!;
    await storage.put(e.key, bytes, contentTypeOfKey(e.key));
    const stored = await readObject(storage, e.key);
    if (!stored || sha256(stored) !== e.sha256)
      throw new Error(`Media object ${e.key} reads back differently from the storage after writing it; the database was left unchanged.`);
  }
}
