import "server-only";
import { revalidateTag } from "next/cache";
import { forgetSearchResults } from "@/lib/search/result-cache";
import { broadcastTags, wasAnnounced } from "./broadcast";

// Expire at once rather than stale-while-revalidate: an editor who publishes expects the
// very next visitor (and feed reader, and search) to get the new text.
export function expireLocalTags(tagList: Iterable<string>) {
  const list = new Set(tagList);
  for (const tag of list) revalidateTag(tag, { expire: 0 });
  if (list.size > 0) forgetSearchResults();
}

// This process's cache, then every other server's (unless the change's transaction already
// announced these tags, see notifyInTransaction).
export function expireTags(tagList: Iterable<string>) {
  const list = [...new Set(tagList)];
  if (list.length === 0) return;
  expireLocalTags(list);
  if (!wasAnnounced(tagList)) void broadcastTags(list);
}
