import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { contentTypeOfKey, isSafeKey } from "./keys";
import { checkTypeOfKeyOrThrow, UnsafeKeyError, type ByteRange, type MediaStorage, type StoredObject } from "./storage-interface";
import { mediaStorageChoice, type MediaEnv } from "./storage-config";
import { S3MediaStorage } from "./storage-s3";

// Not server-only on purpose: the seed (plain Node, outside Next.js) stores demo media
// through this same code. Only lib/media/storage.ts is imported by the app.

export { storedBytes, UnsafeKeyError, type MediaStorage, type StoredObject } from "./storage-interface";
export { S3MediaStorage } from "./storage-s3";

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
    checkTypeOfKeyOrThrow(key, contentType);
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

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    const meta = await this.head(key);
    if (!meta) return null;
    const stream = Readable.toWeb(fs.createReadStream(this.pathOf(key), range)) as ReadableStream<Uint8Array>;
    return { ...meta, body: stream };
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}

export { mediaStorageProblem } from "./storage-config";

export function createMediaStorage(env: MediaEnv = process.env): MediaStorage {
  const choice = mediaStorageChoice(env);
  if ("problem" in choice) throw new Error(choice.problem);
  return "dir" in choice ? new LocalMediaStorage(choice.dir) : new S3MediaStorage(choice.s3);
}
