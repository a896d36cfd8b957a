import { describe, expect, it, vi } from "vitest";
import { UPLOAD_MAX_BYTES } from "../../lib/zod/media";
import { listFiles, ownMediaDir } from "../support/media-dir";
import { withTestDatabase } from "../support/test-db";
import { postUpload } from "../support/upload";

// The media upload route, called as a signed-in user, against a real database and folder: who
// may send a body, how much of it is read, the quota, and who may delete what was uploaded.
type User = { id: string; name: string; email: string; role: "admin" | "editor" | "author"; sessionId: string };
const session = vi.hoisted(() => ({ current: null as null | User }));
vi.mock("@/lib/auth/session", async () => (await import("../support/mock-session")).sessionModule(() => session.current));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));

const mediaDir = ownMediaDir("airr-upload-quota-");

const db = withTestDatabase(async () => ({
  route: await import("../../app/admin/(panel)/media/upload/route"),
  quota: await import("../../lib/media/upload-quota"),
  mutations: await import("../../lib/media/mutations"),
}));

const MB = 1024 * 1024;
const pdf = (bytes = 0, name = "report.pdf") =>
  new File([new Uint8Array(Buffer.concat([Buffer.from("%PDF-1.4\n%%EOF\n"), Buffer.alloc(bytes)]))], name, { type: "application/pdf" });
const form = (file: File) => {
  const f = new FormData();
  f.set("file", file);
  for (const name of ["altRu", "altEn", "captionRu", "captionEn"]) f.set(name, "");
  return f;
};
const snapshot = async () => ({
  media: await db.prisma.media.count(),
  translations: await db.prisma.mediaTranslation.count(),
  audit: await db.prisma.auditLog.count(),
  revisions: await db.prisma.revision.count(),
  files: listFiles(mediaDir).sort(),
});
// A body the test feeds chunk by chunk, counting what the server pulled from it.
function countingBody(chunks: number, chunkBytes: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        new TextEncoder().encode(`--b\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`),
      );
    },
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
  });
  return { stream, pulledBytes: () => pulled * chunkBytes };
}
const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  db.lib.route.POST(
    new Request("http://localhost:3000/admin/media/upload", {
      method: "POST",
      body,
      duplex: "half",
      headers: { origin: "http://localhost:3000", "content-type": "multipart/form-data; boundary=b", ...headers },
    } as RequestInit),
  );

async function person(name: string, role: User["role"]): Promise<User> {
  const row = await db.prisma.user.create({ data: { name, email: `${name.toLowerCase()}@example.org`, role } });
  return { id: row.id, name, email: row.email, role, sessionId: `session-${name}` };
}

describe("upload quota per user", () => {
  it("refuses the 61st upload within an hour with a message and writes nothing; others still upload", async () => {
    const ada = await person("Ada", "author");
    const boris = await person("Boris", "editor");
    session.current = ada;
    for (let i = 0; i < db.lib.quota.UPLOAD_MAX_COUNT; i++) {
      const state = (await postUpload(form(pdf(0, `n${i}.pdf`)))).state;
      expect(state.ok, `upload ${i + 1}: ${JSON.stringify(state)}`).toBe(true);
    }
    const before = await snapshot();
    expect((await postUpload(form(pdf()))).state).toEqual({ error: "upload.rateLimited", errorValues: { minutes: 60 } });
    expect(await snapshot()).toEqual(before);

    // Deleting an upload does not hand its place in the quota back.
    const one = await db.prisma.media.findFirstOrThrow({ where: { createdById: ada.id } });
    expect((await db.lib.mutations.deleteMedia(ada.id, { id: one.id })).ok).toBe(true);
    expect((await postUpload(form(pdf()))).state.error).toBe("upload.rateLimited");

    session.current = boris;
    expect((await postUpload(form(pdf()))).state.ok).toBe(true);
    expect(await db.prisma.media.count({ where: { createdById: boris.id } })).toBe(1);
  });

  it("refuses an upload that would pass 500 MB within the hour, counting the file itself", async () => {
    const clara = await person("Clara", "editor");
    const fortyMinutesAgo = new Date(Date.now() - 40 * 60_000);
    // Earlier uploads of 499 MB in all, as the audit log recorded them.
    await db.prisma.auditLog.create({
      data: { actorId: clara.id, action: "media.upload", entityType: "media", entityId: "gone", details: { byteSize: 499 * MB }, createdAt: fortyMinutesAgo },
    });
    session.current = clara;
    const before = await snapshot();
    expect((await postUpload(form(pdf(2 * MB)))).state).toEqual({ error: "upload.rateLimited", errorValues: { minutes: 20 } });
    expect(await snapshot()).toEqual(before);
    expect((await postUpload(form(pdf(100 * 1024)))).state.ok).toBe(true);
  });

  it("forgets uploads older than an hour", async () => {
    const now = Date.now();
    const old = Array.from({ length: 60 }, (_, i) => ({ at: now - 61 * 60_000 + i, bytes: MB }));
    expect(db.lib.quota.uploadQuotaFreeAt(old, MB, now)).toBeNull();
    const recent = old.map((u) => ({ ...u, at: u.at + 2 * 60_000 }));
    // The first of them leaves the window one minute from now, making room for one more.
    expect(db.lib.quota.uploadQuotaFreeAt(recent, MB, now)).toEqual(new Date(recent[0]!.at + db.lib.quota.UPLOAD_WINDOW_MS));
    expect(db.lib.quota.uploadQuotaFreeAt(recent.slice(1), MB, now)).toBeNull();
  });
});

describe("media upload route", () => {
  it("answers an anonymous upload 401 without reading its body", async () => {
    session.current = null;
    const before = await snapshot();
    const body = countingBody(40, MB);
    const response = await streamed(body.stream);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "auth.signedOut" });
    expect(body.pulledBytes()).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a cross-site upload from a signed-in editor", async () => {
    session.current = await person("Cross", "editor");
    const before = await snapshot();
    const { status } = await postUpload(form(pdf()), { origin: "https://evil.example" });
    expect(status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it("stops reading a body without a length once it passes the file limit (413), storing nothing", async () => {
    session.current = await person("Chunked", "editor");
    const before = await snapshot();
    const body = countingBody(200, MB);
    const response = await streamed(body.stream);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ fieldErrors: { file: ["upload.tooLarge"] } });
    // The largest file of any kind (a video) plus the little the reader takes in one go.
    expect(body.pulledBytes()).toBeLessThan(UPLOAD_MAX_BYTES + 10 * MB);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a body whose declared length is over the limit before reading it", async () => {
    session.current = await person("Declared", "editor");
    const body = countingBody(110, MB);
    const response = await streamed(body.stream, { "content-length": String(110 * MB) });
    expect(response.status).toBe(413);
    expect(body.pulledBytes()).toBe(0);
  });

  it("stores an author's upload (201) and names a missing file", async () => {
    session.current = await person("Writer", "author");
    const stored = await postUpload(form(pdf()));
    expect(stored.status).toBe(201);
    expect(await db.prisma.media.findUnique({ where: { id: stored.state.data!.id as string }, select: { originalName: true } })).toEqual({
      originalName: "report.pdf",
    });
    const empty = new FormData();
    empty.set("altRu", "подпись");
    expect(await postUpload(empty)).toEqual({ status: 422, state: { fieldErrors: { file: ["required"] } } });
  });

  it("lets an author delete only what they uploaded; an editor deletes anyone's", async () => {
    const actions = await import("../../lib/actions/media");
    const remove = (id: string) => {
      const form = new FormData();
      form.set("id", id);
      return actions.deleteMedia({}, form);
    };
    const owner = await person("Owner", "author");
    const other = await person("Other", "author");
    session.current = owner;
    const mine = (await postUpload(form(pdf(0, "mine.pdf")))).state.data!.id as string;
    const second = (await postUpload(form(pdf(0, "second.pdf")))).state.data!.id as string;
    session.current = other;
    expect(await remove(mine)).toEqual({ error: "auth.forbidden" });
    expect(await db.prisma.media.count({ where: { id: mine } })).toBe(1);
    session.current = owner;
    await expect(remove(mine)).rejects.toThrow("redirect:/admin/media?deleted=1");
    expect(await db.prisma.media.count({ where: { id: mine } })).toBe(0);
    session.current = await person("Chief", "editor");
    await expect(remove(second)).rejects.toThrow("redirect:/admin/media?deleted=1");
    expect(await db.prisma.media.count({ where: { id: second } })).toBe(0);
  });
});
