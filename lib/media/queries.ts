import "server-only";
import { unstable_cache } from "next/cache";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";

// What the /media route needs beyond the bytes: whether a key is a document (always a
// download) and the name to offer for it.
export const getMediaObjectInfo = unstable_cache(
  async (key: string): Promise<{ kind: "image" | "video" | "file"; originalName: string } | null> =>
    db.media.findUnique({ where: { storageKey: key }, select: { kind: true, originalName: true } }),
  ["media:object"],
  { tags: [tags.media] },
);
