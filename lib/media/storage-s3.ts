import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { contentTypeOfKey, isSafeKey } from "./keys";
import type { S3MediaConfig } from "./storage-config";
import { checkTypeOfKeyOrThrow, UnsafeKeyError, type ByteRange, type MediaStorage, type StoredObject } from "./storage-interface";

// S3-compatible object storage (AWS, MinIO, Yandex Object Storage, Selectel…), so that
// several app servers share one set of media. Not server-only, like storage-backends.ts.

// An absent object: HEAD answers a bare 404 ("NotFound"), GET names it "NoSuchKey". A
// missing bucket is a configuration error and must not look like a missing object.
function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NotFound" || e?.name === "NoSuchKey" || (e?.$metadata?.httpStatusCode === 404 && e.name !== "NoSuchBucket");
}

async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

function sizeOrThrow(length: number | undefined, key: string): number {
  if (length === undefined) throw new Error(`The object storage sent ${key} without its length`);
  return length;
}

export class S3MediaStorage implements MediaStorage {
  readonly bucket: string;
  readonly prefix: string;
  private readonly client: S3Client;

  constructor(config: S3MediaConfig) {
    this.bucket = config.bucket;
    this.prefix = config.prefix;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      // The SDK now adds CRC32 checksums to every upload unless told otherwise; several
      // S3-compatible services refuse them, and S3 itself only needs them where required.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      // A stalled storage server must fail a request rather than hold it open forever.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    });
  }

  // Unsafe keys are refused before any request, exactly as the local folder refuses them.
  private objectKey(key: string): string {
    if (!isSafeKey(key)) throw new UnsafeKeyError(key);
    return this.prefix + key;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const Key = this.objectKey(key);
    checkTypeOfKeyOrThrow(key, contentType);
    // A PUT replaces an object whole: readers never see half of one.
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: bytes, ContentType: contentType, ContentLength: bytes.length }));
  }

  async head(key: string) {
    if (!isSafeKey(key)) return null;
    const out = await orNull(this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) })));
    return out && { contentType: contentTypeOfKey(key), size: sizeOrThrow(out.ContentLength, key) };
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    if (!isSafeKey(key)) return null;
    const Range = range && `bytes=${range.start}-${range.end}`;
    const out = await orNull(this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Range })));
    if (!out?.Body) return null;
    // The type follows from the key, as for local files, whatever metadata the bucket holds.
    return {
      contentType: contentTypeOfKey(key),
      // A ranged answer's length is the range's; the whole size follows its Content-Range.
      size: range ? Number(out.ContentRange?.split("/")[1] ?? NaN) : sizeOrThrow(out.ContentLength, key),
      body: out.Body.transformToWebStream() as ReadableStream<Uint8Array>,
    };
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  // Closes the client's idle connections (tests, scripts that exit on their own).
  close(): void {
    this.client.destroy();
  }
}
