import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { UnsafeKeyError, type MediaStorage, type StoredObject } from "../../lib/media/storage-backends";

// What every MediaStorage backend must do, run against each of them. `keys` lists every
// object the backend's medium holds, including any written outside its own area, so a
// refused write can be shown to have left nothing behind.
export type ContractSubject = { storage: MediaStorage; keys: () => Promise<string[]> };

export const UNSAFE_KEYS = [
  "../x.webp",
  "a/../../b.webp",
  "/etc/passwd.webp",
  "/tmp/x.webp",
  "C:\\x.webp",
  "a\\..\\b.webp",
  "a//b.webp",
  "./a.webp",
  ".hidden.webp",
  "a\u0000.webp",
  "\uFF0E\uFF0E/x.webp", // full-width dots
  "a\u2215..\u2215b.webp", // division slashes
  "2026/11/\u202Egpj.webp", // right-to-left override
  "caf\u00E9.webp",
  "cafe\u0301.webp", // combining accent
  "\u0430.webp", // Cyrillic "а"
];

export async function readBody(body: StoredObject["body"]): Promise<{ bytes: Buffer; chunks: number }> {
  if (Buffer.isBuffer(body)) return { bytes: body, chunks: 1 };
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export function mediaStorageContract(name: string, subject: () => ContractSubject) {
  describe(`${name} media storage`, () => {
    it("gives back byte for byte what it stored, as a stream with size and type", async () => {
      const { storage, keys } = subject();
      const bytes = randomBytes(3000);
      await storage.put("2026/11/round-trip-960.webp", bytes, "image/webp");
      const object = await storage.get("2026/11/round-trip-960.webp");
      expect(object).toMatchObject({ contentType: "image/webp", size: 3000 });
      expect(object!.body).toBeInstanceOf(ReadableStream);
      expect((await readBody(object!.body)).bytes.equals(bytes)).toBe(true);
      expect(await keys()).toContain("2026/11/round-trip-960.webp");
    });

    it("gives back just the bytes of a range, with the whole object's size", async () => {
      const { storage } = subject();
      const bytes = randomBytes(5000);
      await storage.put("2026/12/clip.webm", bytes, "video/webm");
      const part = await storage.get("2026/12/clip.webm", { start: 1000, end: 1999 });
      expect(part).toMatchObject({ contentType: "video/webm", size: 5000 });
      expect((await readBody(part!.body)).bytes.equals(bytes.subarray(1000, 2000))).toBe(true);
      const tail = await storage.get("2026/12/clip.webm", { start: 4990, end: 4999 });
      expect((await readBody(tail!.body)).bytes.equals(bytes.subarray(4990))).toBe(true);
    });

    it("tells size and type with head, without a body", async () => {
      const { storage } = subject();
      await storage.put("docs/charter.pdf", Buffer.from("%PDF-1.4\n%%EOF\n"), "application/pdf");
      expect(await storage.head("docs/charter.pdf")).toEqual({ contentType: "application/pdf", size: 15 });
    });

    it("answers null for a key never stored", async () => {
      const { storage } = subject();
      expect(await storage.get("2026/11/never-stored.webp")).toBeNull();
      expect(await storage.head("2026/11/never-stored.webp")).toBeNull();
    });

    it("forgets a deleted object, and deleting it again is no error", async () => {
      const { storage, keys } = subject();
      await storage.put("2026/11/gone-480.webp", randomBytes(100), "image/webp");
      await storage.delete("2026/11/gone-480.webp");
      expect(await storage.get("2026/11/gone-480.webp")).toBeNull();
      expect(await storage.head("2026/11/gone-480.webp")).toBeNull();
      await expect(storage.delete("2026/11/gone-480.webp")).resolves.toBeUndefined();
      expect(await keys()).not.toContain("2026/11/gone-480.webp");
    });

    it("refuses unsafe keys with UnsafeKeyError and writes nothing", async () => {
      const { storage, keys } = subject();
      const before = await keys();
      for (const key of UNSAFE_KEYS) {
        await expect(storage.put(key, Buffer.from("x"), "image/webp"), key).rejects.toBeInstanceOf(UnsafeKeyError);
        await expect(storage.delete(key), key).rejects.toBeInstanceOf(UnsafeKeyError);
        expect(await storage.get(key), key).toBeNull();
        expect(await storage.head(key), key).toBeNull();
      }
      expect(await keys()).toEqual(before);
    });

    it("refuses a content type that does not match the key's extension", async () => {
      const { storage, keys } = subject();
      const before = await keys();
      await expect(storage.put("2026/11/photo.webp", Buffer.from("x"), "image/png")).rejects.toThrow(/does not match the content type/);
      await expect(storage.put("2026/11/logo.svg", Buffer.from("<svg/>"), "image/webp")).rejects.toThrow(/does not match the content type/);
      expect(await keys()).toEqual(before);
    });

    it("streams a 5 MB object intact, in several chunks", async () => {
      const { storage } = subject();
      const bytes = randomBytes(5 * 1024 * 1024);
      await storage.put("2026/11/large.pdf", bytes, "application/pdf");
      expect(await storage.head("2026/11/large.pdf")).toEqual({ contentType: "application/pdf", size: bytes.length });
      const object = await storage.get("2026/11/large.pdf");
      const read = await readBody(object!.body);
      expect(read.chunks).toBeGreaterThan(1);
      expect([read.bytes.length, sha256(read.bytes)]).toEqual([bytes.length, sha256(bytes)]);
    });
  });
}
