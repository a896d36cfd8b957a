// Next.js's cache (rendered pages, route responses, unstable_cache reads) kept in this
// process's memory, inside the shared budget (memory-budget.mjs), instead of Next.js's files
// under .next/. Nothing a visitor asks for is written to disk, and nothing rendered before
// this process started is served: the build's prerendered files are never read, so the first
// request of each page after a start, a restore or a new DATABASE_URL renders from the database.
// Several servers expire each other's entries by tag (lib/publishing/cache-listener.ts).
import { approximateSize, cacheSpace } from "./memory-budget.mjs";

const TAGS_HEADER = "x-next-cache-tags";
// Tag → when it expired. Grows only with tags that edits expire, never with what visitors ask.
const expiredAt = new Map();

// Next.js remembers each stored route's lifetime in a static map of its own (pinned version);
// an entry that is refused or evicted takes that record along, so addresses that do not
// exist cannot grow it.
const lifetimes = await import("next/dist/server/lib/incremental-cache/shared-cache-controls.external.js")
  .then((m) => m.SharedCacheControls?.cacheControls ?? m.default?.SharedCacheControls?.cacheControls)
  .catch(() => undefined);
const forgetLifetime = (key) => lifetimes?.delete?.(key);

const space = cacheSpace("next", { onEvict: forgetLifetime });

function tagsOf(value, storedTags) {
  const header = value?.headers?.[TAGS_HEADER];
  return [...storedTags, ...(typeof header === "string" ? header.split(",") : [])];
}

function isExpired(tags, lastModified) {
  return tags.some((tag) => {
    const at = expiredAt.get(tag);
    return at !== undefined && at <= Date.now() && at > lastModified;
  });
}

// Pages and responses that are errors ("not found" for a made-up slug above all) are
// rendered again each time rather than kept: they would only crowd out real pages.
function isKept(value) {
  if (!value || typeof value !== "object") return false;
  return typeof value.status !== "number" || value.status < 400;
}

export default class MemoryCacheHandler {
  async get(key, ctx = {}) {
    const entry = space.get(key);
    if (!entry) return null;
    const tags = [...tagsOf(entry.value, entry.tags), ...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
    if (isExpired(tags, entry.lastModified)) {
      space.delete(key);
      return null;
    }
    return entry;
  }

  async set(key, value, ctx = {}) {
    if (!isKept(value)) {
      space.delete(key);
      forgetLifetime(key);
      return;
    }
    const entry = { value, lastModified: Date.now(), cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl, tags: ctx.tags ?? [] };
    space.set(key, entry, approximateSize(value) + approximateSize(entry.tags));
  }

  // durations.expire (seconds) may put the expiry ahead; the site always expires at once.
  async revalidateTag(tags, durations) {
    const at = Date.now() + Math.max(0, durations?.expire ?? 0) * 1000;
    for (const tag of typeof tags === "string" ? [tags] : tags) expiredAt.set(tag, at);
  }

  resetRequestCache() {}
}
