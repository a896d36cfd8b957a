// Encoding of cache invalidations between server processes over PostgreSQL NOTIFY.
// No "server-only" import: instrumentation.ts loads this module (the listener) too.
import { randomBytes } from "node:crypto";
import { CACHE_TAG_MAX_LENGTH, cacheNoticeSchema } from "@/lib/zod/cache-notice";

export const CACHE_CHANNEL = "airr_cache";
// PostgreSQL refuses payloads of 8000 bytes or more (in the server's encoding, UTF-8 here).
export const MAX_PAYLOAD_BYTES = 7_900;

// Names this process in its notices, so its own listener can skip what it already expired.
// Kept on globalThis: route bundles and instrumentation load separate copies of this module.
const store = globalThis as unknown as { __airrInstanceId?: string };
export function instanceId(): string {
  return (store.__airrInstanceId ??= randomBytes(12).toString("base64url"));
}

const encode = (origin: string, tags: string[]) => JSON.stringify({ origin, tags });
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

// The payloads announcing these tags, each under the limit. Tags Next.js would ignore
// anyway (too long) are left out rather than failing the NOTIFY, and its transaction.
export function encodeNotices(origin: string, tagList: Iterable<string>, maxBytes = MAX_PAYLOAD_BYTES): string[] {
  const empty = bytes(encode(origin, []));
  const payloads: string[] = [];
  let chunk: string[] = [];
  let size = empty;
  for (const tag of new Set(tagList)) {
    const tagBytes = bytes(JSON.stringify(tag));
    if (tag.length === 0 || tag.length > CACHE_TAG_MAX_LENGTH || empty + tagBytes > maxBytes) continue;
    // JSON joins array items with one comma.
    if (chunk.length > 0 && size + 1 + tagBytes > maxBytes) {
      payloads.push(encode(origin, chunk));
      chunk = [];
      size = empty;
    }
    size += (chunk.length > 0 ? 1 : 0) + tagBytes;
    chunk.push(tag);
  }
  if (chunk.length > 0) payloads.push(encode(origin, chunk));
  return payloads;
}

// The tags of a notice sent by another process; null for this process's own notices and
// for anything malformed (the channel is open to every role that can connect).
export function foreignTags(payload: string, self: string): string[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  const notice = cacheNoticeSchema.safeParse(parsed);
  if (!notice.success || notice.data.origin === self) return null;
  return notice.data.tags;
}

// Waiting time before reconnect attempt n (0-based): doubling from 250 ms up to 10 s.
export function reconnectDelay(attempt: number): number {
  return Math.min(250 * 2 ** Math.max(0, attempt), 10_000);
}
