import { z } from "zod";

// Next.js ignores cache tags longer than this, so nothing longer is worth sending.
export const CACHE_TAG_MAX_LENGTH = 256;
const tag = z.string().min(1).max(CACHE_TAG_MAX_LENGTH);

// A cache invalidation announced by one server process to the others (PostgreSQL NOTIFY payload).
export const cacheNoticeSchema = z.object({ origin: z.string().min(1).max(64), tags: z.array(tag).min(1) });
export type CacheNotice = z.infer<typeof cacheNoticeSchema>;

// What the listener asks its own process to expire (body of /api/internal/invalidate).
// `final`: the second, settling expiry of the same tags (lib/publishing/invalidate.ts), which
// schedules no further one.
export const invalidateRequestSchema = z.object({ tags: z.array(tag).min(1).max(10_000), final: z.boolean().optional() });
