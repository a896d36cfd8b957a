import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrisma } from "../../scripts/lib/prisma";
import { createTestDatabase } from "../support/test-db";

// The upload server action, called as a signed-in user, against a real database and folder.
type User = { id: string; name: string; email: string; role: "admin" | "editor" | "author"; sessionId: string };
const session = vi.hoisted(() => ({ current: null as null | User }));
vi.mock("@/lib/auth/session", async () => (await import("../support/mock-session")).sessionModule(() => session.current));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "airr-upload-quota-"));
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: ReturnType<typeof createPrisma>;
let actions: typeof import("../../lib/actions/media");
let quota: typeof import("../../lib/media/upload-quota");
let mutations: typeof import("../../lib/media/mutations");

const MB = 1024 * 1024;
const pdf = (bytes = 0, name = "report.pdf") => new File([new Uint8Array(Buffer.concat([Buffer.from("%PDF-1.4\n%%EOF\n"), Buffer.alloc(bytes)]))], name, { type: "application/pdf" });
const form = (file: File) => {
  const f = new FormData();
  f.set("file", file);
  for (const name of ["altRu", "altEn", "captionRu", "captionEn"]) f.set(name, "");
  return f;
};
const listFiles = (dir = mediaDir): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const snapshot = async () => ({
  media: await prisma.media.count(),
  translations: await prisma.mediaTranslation.count(),
  audit: await prisma.auditLog.count(),
  revisions: await prisma.revision.count(),
  files: listFiles().sort(),
});
async function person(name: string, role: User["role"]): Promise<User> {
  const row = await prisma.user.create({ data: { name, email: `${name.toLowerCase()}@example.org`, role } });
  return { id: row.id, name, email: row.email, role, sessionId: `session-${name}` };
}

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrisma(db.url);
  process.env.DATABASE_URL = db.url;
  process.env.MEDIA_DIR = mediaDir;
  actions = await import("../../lib/actions/media");
  quota = await import("../../lib/media/upload-quota");
  mutations = await import("../../lib/media/mutations");
});
afterAll(async () => {
  await (await import("../../lib/db")).db.$disconnect();
  await prisma.$disconnect();
  await db.drop();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

describe("upload quota per user", () => {
  it("refuses the 61st upload within an hour with a message and writes nothing; others still upload", async () => {
    const ada = await person("Ada", "author");
    const boris = await person("Boris", "editor");
    session.current = ada;
    for (let i = 0; i < quota.UPLOAD_MAX_COUNT; i++) {
      const state = await actions.uploadMedia({}, form(pdf(0, `n${i}.pdf`)));
      expect(state.ok, `upload ${i + 1}: ${JSON.stringify(state)}`).toBe(true);
    }
    const before = await snapshot();
    expect(await actions.uploadMedia({}, form(pdf()))).toEqual({ error: "upload.rateLimited", errorValues: { minutes: 60 } });
    expect(await snapshot()).toEqual(before);

    // Deleting an upload does not hand its place in the quota back.
    const one = await prisma.media.findFirstOrThrow({ where: { createdById: ada.id } });
    expect((await mutations.deleteMedia(ada.id, { id: one.id })).state.ok).toBe(true);
    expect((await actions.uploadMedia({}, form(pdf()))).error).toBe("upload.rateLimited");

    session.current = boris;
    expect((await actions.uploadMedia({}, form(pdf()))).ok).toBe(true);
    expect(await prisma.media.count({ where: { createdById: boris.id } })).toBe(1);
  });

  it("refuses an upload that would pass 500 MB within the hour, counting the file itself", async () => {
    const clara = await person("Clara", "editor");
    const fortyMinutesAgo = new Date(Date.now() - 40 * 60_000);
    // Earlier uploads of 499 MB in all, as the audit log recorded them.
    await prisma.auditLog.create({ data: { actorId: clara.id, action: "media.upload", entityType: "media", entityId: "gone", details: { byteSize: 499 * MB }, createdAt: fortyMinutesAgo } });
    session.current = clara;
    const before = await snapshot();
    expect(await actions.uploadMedia({}, form(pdf(2 * MB)))).toEqual({ error: "upload.rateLimited", errorValues: { minutes: 20 } });
    expect(await snapshot()).toEqual(before);
    expect((await actions.uploadMedia({}, form(pdf(100 * 1024)))).ok).toBe(true);
  });

  it("forgets uploads older than an hour", async () => {
    const now = Date.now();
    const old = Array.from({ length: 60 }, (_, i) => ({ at: now - 61 * 60_000 + i, bytes: MB }));
    expect(quota.uploadQuotaFreeAt(old, MB, now)).toBeNull();
    const recent = old.map((u) => ({ ...u, at: u.at + 2 * 60_000 }));
    // The first of them leaves the window one minute from now, making room for one more.
    expect(quota.uploadQuotaFreeAt(recent, MB, now)).toEqual(new Date(recent[0]!.at + quota.UPLOAD_WINDOW_MS));
    expect(quota.uploadQuotaFreeAt(recent.slice(1), MB, now)).toBeNull();
  });
});
