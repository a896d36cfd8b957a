import "server-only";
import { db } from "@/lib/db";

export const UPLOAD_WINDOW_MS = 60 * 60 * 1000;
export const UPLOAD_MAX_COUNT = 60;
export const UPLOAD_MAX_BYTES = 500 * 1024 * 1024;

type Upload = { at: number; bytes: number };

// When the oldest uploads of the window have left it far enough for one more of
// `incomingBytes` to fit under both limits; null when it fits now. `uploads` oldest first.
export function uploadQuotaFreeAt(uploads: Upload[], incomingBytes: number, now: number): Date | null {
  const recent = uploads.filter((u) => u.at > now - UPLOAD_WINDOW_MS);
  let bytes = recent.reduce((sum, u) => sum + u.bytes, 0) + incomingBytes;
  let dropped = 0;
  while (dropped < recent.length && (recent.length - dropped >= UPLOAD_MAX_COUNT || bytes > UPLOAD_MAX_BYTES)) {
    bytes -= recent[dropped]!.bytes;
    dropped++;
  }
  return dropped === 0 ? null : new Date(recent[dropped - 1]!.at + UPLOAD_WINDOW_MS);
}

// Read from the audit log rather than the Media table, so deleting files does not hand the
// quota back; it holds across server processes. Two uploads started at the same instant
// may both pass: the limit is there against floods, not to count exactly.
export async function uploadBlockedUntil(userId: string, incomingBytes: number, now = new Date()): Promise<Date | null> {
  const rows = await db.auditLog.findMany({
    where: { actorId: userId, action: "media.upload", createdAt: { gt: new Date(now.getTime() - UPLOAD_WINDOW_MS) } },
    orderBy: { createdAt: "asc" },
    // The quota itself keeps a user near UPLOAD_MAX_COUNT rows; the bound guards the query.
    take: UPLOAD_MAX_COUNT * 4,
    select: { createdAt: true, details: true },
  });
  const uploads = rows.map((r) => ({ at: r.createdAt.getTime(), bytes: byteSizeOf(r.details) }));
  return uploadQuotaFreeAt(uploads, incomingBytes, now.getTime());
}

function byteSizeOf(details: unknown): number {
  const size = details && typeof details === "object" ? (details as { byteSize?: unknown }).byteSize : 0;
  return typeof size === "number" && Number.isFinite(size) && size > 0 ? size : 0;
}
