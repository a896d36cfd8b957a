import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createMediaStorage, LocalMediaStorage, mediaStorageProblem, S3MediaStorage } from "../../lib/media/storage-backends";
import { parseVariants } from "../../lib/media/variants";
import { createPrisma } from "../../scripts/lib/prisma";
import { listFiles } from "../support/media-dir";
import { mediaStorageContract } from "../support/media-storage-contract";
import { runSite } from "../support/run-site";
import { createTestDatabase } from "../support/test-db";
import { postUpload } from "../support/upload";

// The storage contract against a local folder and against an S3-compatible server (s3rver,
// in this process), then an upload through the server action and back out of /media with
// MEDIA_STORAGE=s3.
type User = { id: string; name: string; email: string; role: "editor"; sessionId: string };
const session = vi.hoisted(() => ({ current: null as null | User }));
vi.mock("@/lib/auth/session", () => ({
  AccessDeniedError: class extends Error {},
  requireUserOrThrow: async () => session.current,
}));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidatePath: () => {}, revalidateTag: () => {} }));

const BUCKET = "airr-media";
const PREFIX = "site/media/";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "airr-s3-"));
// The folder store sits two levels down, so a write escaping it would still be listed.
const localRoot = path.join(tmp, "local", "a", "store");
const localMedia = path.join(tmp, "unused-local-media");
let server: S3rver;
let client: S3Client;
let s3Env: Record<string, string>;
let s3: S3MediaStorage;

const bucketKeys = async () => ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((o) => o.Key!);

beforeAll(async () => {
  fs.mkdirSync(localRoot, { recursive: true });
  fs.mkdirSync(localMedia);
  server = new S3rver({ address: "127.0.0.1", port: 0, directory: path.join(tmp, "s3rver"), silent: true });
  const { port } = await server.run();
  s3Env = {
    MEDIA_STORAGE: "s3",
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_FORCE_PATH_STYLE: "true",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_PREFIX: "/site/media/",
  };
  client = new S3Client({
    region: "us-east-1",
    endpoint: s3Env.S3_ENDPOINT,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
  s3 = createMediaStorage(s3Env) as S3MediaStorage;
});
afterAll(async () => {
  s3?.close();
  client?.destroy();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

mediaStorageContract("local folder", () => ({
  storage: new LocalMediaStorage(localRoot),
  keys: async () =>
    listFiles(path.join(tmp, "local"))
      .map((f) => path.relative(localRoot, f).split(path.sep).join("/"))
      .sort(),
}));

mediaStorageContract("S3", () => ({
  storage: s3,
  keys: async () => (await bucketKeys()).map((k) => (k.startsWith(PREFIX) ? k.slice(PREFIX.length) : k)).sort(),
}));

describe("choosing the media storage", () => {
  it("builds S3 storage from the environment, under the normalised prefix", async () => {
    expect(s3).toBeInstanceOf(S3MediaStorage);
    expect([s3.bucket, s3.prefix]).toEqual([BUCKET, PREFIX]);
    await s3.put("2026/11/where-480.webp", Buffer.from("x"), "image/webp");
    expect(await bucketKeys()).toContain(`${PREFIX}2026/11/where-480.webp`);
    expect(mediaStorageProblem(s3Env)).toBeNull();
    expect(mediaStorageProblem({})).toBeNull();
    expect(createMediaStorage({ MEDIA_DIR: localMedia })).toBeInstanceOf(LocalMediaStorage);
  });

  it("reports a missing bucket or wrong credentials as errors, not as missing objects", async () => {
    const noBucket = createMediaStorage({ ...s3Env, S3_BUCKET: "no-such-bucket" }) as S3MediaStorage;
    // s3rver checks the key id, not version 4 signatures.
    const wrongKey = createMediaStorage({ ...s3Env, S3_ACCESS_KEY_ID: "NOBODY" }) as S3MediaStorage;
    await expect(noBucket.get("2026/11/where-480.webp")).rejects.toMatchObject({ name: "NoSuchBucket" });
    await expect(wrongKey.get("2026/11/where-480.webp")).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
    await expect(wrongKey.head("2026/11/where-480.webp")).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
    noBucket.close();
    wrongKey.close();
  });

  it.each([
    [{ MEDIA_STORAGE: "s3" }, /^MEDIA_STORAGE=s3 needs S3_BUCKET, /],
    [{ MEDIA_STORAGE: "ftp" }, /^MEDIA_STORAGE=ftp is not supported; use "local" .* or "s3" /],
    [{ S3_FORCE_PATH_STYLE: "yes" }, /^S3_FORCE_PATH_STYLE must be true or false \(it is "yes"\)\.$/],
    [{ S3_SECRET_ACCESS_KEY: "" }, /^Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither/],
    [{ S3_ENDPOINT: "minio:9000" }, /^S3_ENDPOINT must be an http:\/\/ or https:\/\/ URL/],
    [{ S3_PREFIX: "../up" }, /^S3_PREFIX may hold only letters/],
  ])("refuses %j with one sentence", (change: Record<string, string>, sentence) => {
    const env = change.MEDIA_STORAGE ? change : { ...s3Env, ...change };
    expect(mediaStorageProblem(env)).toMatch(sentence);
    expect(() => createMediaStorage(env)).toThrow(sentence);
  });

  it("stops the start with that sentence before anything else happens", async () => {
    const run = runSite("start", { MEDIA_STORAGE: "s3", S3_BUCKET: "", DATA_DIR: path.join(tmp, "data"), BETTER_AUTH_SECRET: "x".repeat(40) });
    expect(await run.exited).toBe(1);
    expect(run.fatal()).toEqual(["MEDIA_STORAGE=s3 needs S3_BUCKET, the name of the bucket that holds the media."]);
    expect(run.output()).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(tmp, "data"))).toBe(false);
  });
});

describe("uploads with MEDIA_STORAGE=s3", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let prisma: ReturnType<typeof createPrisma>;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrisma(db.url);
    Object.assign(process.env, s3Env, { DATABASE_URL: db.url, MEDIA_DIR: localMedia });
  });
  afterAll(async () => {
    await (await import("../../lib/db")).db.$disconnect();
    await prisma?.$disconnect();
    await db?.drop();
  });

  it("stores an image's variants in the bucket, the media route serves them, deleting removes them", async () => {
    const route = await import("../../app/media/[...key]/route");
    const mutations = await import("../../lib/media/mutations");
    const row = await prisma.user.create({ data: { name: "Ada Editor", email: "ada@example.org", role: "editor" } });
    session.current = { id: row.id, name: row.name, email: row.email, role: "editor", sessionId: "s" };
    const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#1d5aa6" } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.set("file", new File([new Uint8Array(jpeg)], "harbour.jpg", { type: "image/jpeg" }));
    for (const name of ["altRu", "altEn", "captionRu", "captionEn"]) form.set(name, "");
    const state = (await postUpload(form)).state;
    expect(state.ok, JSON.stringify(state)).toBe(true);

    const media = await prisma.media.findUniqueOrThrow({ where: { id: state.data!.id as string } });
    const variants = parseVariants(media.variants);
    expect(variants.map((v) => v.width)).toEqual([480, 960, 1200]);
    expect(await bucketKeys()).toEqual(expect.arrayContaining(variants.map((v) => PREFIX + v.key)));
    expect(listFiles(localMedia)).toEqual([]);

    const serve = (key: string) => route.GET(new Request(`http://localhost/media/${key}`), { params: Promise.resolve({ key: key.split("/") }) });
    for (const v of variants) {
      const response = await serve(v.key);
      expect([response.status, response.headers.get("content-type"), response.headers.get("content-length")]).toEqual([200, "image/webp", String(v.byteSize)]);
      const served = Buffer.from(await response.arrayBuffer());
      const stored = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: PREFIX + v.key }));
      expect(served.equals(Buffer.from(await stored.Body!.transformToByteArray()))).toBe(true);
      expect((await sharp(served).metadata()).width).toBe(v.width);
    }
    expect((await serve("2026/11/never-uploaded-480.webp")).status).toBe(404);
    // A seeking player asks for a range: only those bytes come, from the bucket.
    const top = variants.at(-1)!;
    const whole = Buffer.from(await (await serve(top.key)).arrayBuffer());
    const ranged = await route.GET(new Request(`http://localhost/media/${top.key}`, { headers: { range: "bytes=100-199" } }), {
      params: Promise.resolve({ key: top.key.split("/") }),
    });
    expect([ranged.status, ranged.headers.get("content-range"), ranged.headers.get("content-length"), ranged.headers.get("accept-ranges")]).toEqual([
      206,
      `bytes 100-199/${top.byteSize}`,
      "100",
      "bytes",
    ]);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(whole.subarray(100, 200))).toBe(true);
    const beyond = await route.GET(new Request(`http://localhost/media/${top.key}`, { headers: { range: `bytes=${top.byteSize}-` } }), {
      params: Promise.resolve({ key: top.key.split("/") }),
    });
    expect([beyond.status, beyond.headers.get("content-range")]).toEqual([416, `bytes */${top.byteSize}`]);

    expect((await mutations.deleteMedia(row.id, { id: media.id })).ok).toBe(true);
    const left = await bucketKeys();
    expect(variants.filter((v) => left.includes(PREFIX + v.key))).toEqual([]);
    expect((await serve(variants[0]!.key)).status).toBe(404);
  });
});
