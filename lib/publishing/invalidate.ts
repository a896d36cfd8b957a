import "server-only";
import { revalidateTag } from "next/cache";
import { forgetSearchResults } from "@/lib/search/result-cache";
import { advancePageGeneration } from "./page-generation";
import { broadcastTags, wasAnnounced } from "./broadcast";
import { createLocalInvalidator, localInvalidateUrl } from "./local-invalidation";

// A render that read the data before the change's commit but is stored after this expiry
// would count as fresh and keep the old text until the next change. The same tags expire
// once more after SETTLE_MS, through this process's own route since revalidateTag needs a
// request; that second expiry schedules none.
const SETTLE_MS = 2_000;
let settle: ((tags: Iterable<string>) => void) | null = null;

function settleLater(tags: string[]) {
  settle ??= createLocalInvalidator(localInvalidateUrl(), { final: true });
  setTimeout(() => settle!(tags), SETTLE_MS).unref();
}

// Expire at once rather than stale-while-revalidate: an editor who publishes expects the
// very next visitor (and feed reader, and search) to get the new text.
export function expireLocalTags(tagList: Iterable<string>, options: { settle?: boolean } = {}) {
  const list = [...new Set(tagList)];
  if (list.length === 0) return;
  for (const tag of list) revalidateTag(tag, { expire: 0 });
  forgetSearchResults();
  advancePageGeneration();
  if (options.settle ?? true) settleLater(list);
}

// This process's cache, then every other server's (unless the change's transaction already
// announced these tags, see notifyInTransaction).
export function expireTags(tagList: Iterable<string>) {
  const list = [...new Set(tagList)];
  if (list.length === 0) return;
  expireLocalTags(list);
  if (!wasAnnounced(tagList)) void broadcastTags(list);
}
