import { contentTypeOfKey } from "./keys";

// What every media backend promises. Not server-only, like the backends: the seed and
// the content scripts (plain Node, outside Next.js) store media through them too.

export type StoredObject = { body: Buffer | ReadableStream<Uint8Array>; contentType: string; size: number };
// Bytes start to end, both included, as in an HTTP Range header.
export type ByteRange = { start: number; end: number };

export interface MediaStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  // With a range, `body` holds only those bytes and `size` is still the whole object's.
  get(key: string, range?: ByteRange): Promise<StoredObject | null>;
  // Size and type without reading the object (an S3 HEAD), to check that a stored key is there.
  head(key: string): Promise<Omit<StoredObject, "body"> | null>;
  delete(key: string): Promise<void>;
}

// A stored object's bytes in one buffer, whichever form the backend gave them in.
export async function storedBytes(object: StoredObject): Promise<Buffer> {
  return Buffer.isBuffer(object.body) ? object.body : Buffer.from(await new Response(object.body).arrayBuffer());
}

export class UnsafeKeyError extends Error {
  constructor(key: string) {
    super(`Refused media key ${JSON.stringify(key.slice(0, 80))}`);
    this.name = "UnsafeKeyError";
  }
}

// Objects are served with the type their key's extension names, so a write whose declared
// type disagrees is a bug upstream and is refused rather than stored mislabelled.
export function checkTypeOfKeyOrThrow(key: string, contentType: string): void {
  if (contentType !== contentTypeOfKey(key)) throw new Error(`Key ${key} does not match the content type ${contentType}`);
}
