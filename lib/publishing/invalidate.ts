import "server-only";
import { revalidateTag } from "next/cache";

// Expire at once rather than stale-while-revalidate: an editor who publishes expects the
// very next visitor (and feed reader, and search) to get the new text.
export function expireTags(tagList: Iterable<string>) {
  for (const tag of new Set(tagList)) revalidateTag(tag, { expire: 0 });
}
