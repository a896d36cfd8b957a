import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { contentTypeOfKey, isSafeKey } from "./keys";

// Not server-only on purpose: the seed (plain Node, outside Next.js) stores demo media
// through this same code. Only lib/media/storage.ts is imported by the app.

export type StoredObject = { body: Buffer | ReadableStream<Uint8Array>; contentType: string; size: number };

export interface MediaStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  // Size and type without reading the object (an S3 HEAD), to check that a stored key is there.
  head(key: string): Promise<Omit<StoredObject, "body"> | null>;
  delete(key: string): Promise<void>;
}

export class UnsafeKeyError extends Error {
  constructor(key: string) {
    super(`Refused media key ${JSON.stringify(key.slice(0, 80))}`);
    this.name = "UnsafeKeyError";
  }
}

// One folder on a local disk. The content type follows from the key's extension, which the
// pipeline chose from the verified file type, so nothing else needs to be stored.
export class LocalMediaStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    const full = path.resolve(this.root, key);
    // The pattern check already excludes "..", this is the belt to its braces.
    if (!isSafeKey(key) || !full.startsWith(this.root + path.sep)) throw new UnsafeKeyError(key);
    return full;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const full = this.pathOf(key);
    if (contentType !== contentTypeOfKey(key)) throw new Error(`Key ${key} does not match the content type ${contentType}`);
    await fs.promises.mkdir(path.dirname(full), { recursive: true });
    // Write, then rename: a reader never sees half a file, even while the seed rewrites one.
    const temp = `${full}.${randomBytes(6).toString("hex")}.tmp`;
    await fs.promises.writeFile(temp, bytes);
    await fs.promises.rename(temp, full);
  }

  async head(key: string) {
    try {
      const stat = await fs.promises.stat(this.pathOf(key));
      return stat.isFile() ? { contentType: contentTypeOfKey(key), size: stat.size } : null;
    } catch (error) {
      if (error instanceof UnsafeKeyError || (error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const meta = await this.head(key);
    if (!meta) return null;
    const stream = Readable.toWeb(fs.createReadStream(this.pathOf(key))) as ReadableStream<Uint8Array>;
    return { ...meta, body: stream };
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}

// MEDIA_STORAGE picks the backend. Several app servers need shared storage: an
// S3-compatible implementation of MediaStorage is meant to plug in here as "s3".
export function createMediaStorage(env: NodeJS.ProcessEnv = process.env): MediaStorage {
  const kind = env.MEDIA_STORAGE ?? "local";
  if (kind === "local") return new LocalMediaStorage(env.MEDIA_DIR ?? path.join(env.DATA_DIR ?? ".data", "media"));
  throw new Error(`MEDIA_STORAGE=${kind} is not supported; use "local" (the default).`);
}
