import "server-only";

// PostgreSQL cannot hold U+0000 in text or jsonb, and Prisma's query compiler fails on an
// unpaired surrogate (JSON escapes make both reachable from any form, URL or JSON field):
// either turned every such request into a 500. Such characters are dropped or replaced in
// the arguments of every model query, so a lookup finds nothing and a save stores the rest.
// Raw queries are not covered: the search query strips control characters itself.
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storable(value: unknown): unknown {
  if (typeof value === "string") return value.replace(unstorable, (c) => (c === "\u0000" ? "" : "\uFFFD"));
  if (Array.isArray(value)) return value.map(storable);
  // Only plain objects: Dates, Decimals, Buffers and Prisma's own values pass untouched.
  if (value && typeof value === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, storable(v)]));
  }
  return value;
}
