import { describe, expect, it } from "vitest";
import { encodeNotices, foreignTags, MAX_PAYLOAD_BYTES, reconnectDelay } from "../../lib/publishing/cache-notice";

const bytes = (s: string) => Buffer.byteLength(s, "utf8");
const decoded = (payloads: string[]) => payloads.flatMap((p) => (JSON.parse(p) as { tags: string[] }).tags);

describe("cache notice payloads", () => {
  it("sends a short list as one payload naming its origin", () => {
    const payloads = encodeNotices("a1", ["articles", "article:x", "articles"]);
    expect(payloads).toHaveLength(1);
    expect(JSON.parse(payloads[0]!)).toEqual({ origin: "a1", tags: ["articles", "article:x"] });
  });

  it("sends nothing for no tags", () => {
    expect(encodeNotices("a1", [])).toEqual([]);
  });

  it("splits a long list into payloads under PostgreSQL's 8000-byte limit, keeping every tag once and in order", () => {
    // Cyrillic slugs take two bytes a character: the limit is in bytes, not characters.
    const tags = Array.from({ length: 900 }, (_, i) => `article-slug:ru:новость-номер-${i}`);
    const payloads = encodeNotices("origin-id", tags);
    expect(payloads.length).toBeGreaterThan(4);
    for (const p of payloads) {
      expect(bytes(p)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
      expect(bytes(p)).toBeLessThan(8000);
      expect(JSON.parse(p).origin).toBe("origin-id");
    }
    expect(decoded(payloads)).toEqual(tags);
  });

  it("fills each payload up to the limit exactly, not a byte over", () => {
    const tags = Array.from({ length: 50 }, (_, i) => `t${String(i).padStart(2, "0")}`);
    for (const max of [60, 61, 62, 63, 100, 137]) {
      const payloads = encodeNotices("o", tags, max);
      expect(decoded(payloads)).toEqual(tags);
      for (const p of payloads) expect(bytes(p)).toBeLessThanOrEqual(max);
      // A payload plus the next one's first tag would not have fitted.
      for (let i = 0; i < payloads.length - 1; i++) {
        const next = (JSON.parse(payloads[i + 1]!) as { tags: string[] }).tags[0]!;
        const grown = JSON.stringify({ origin: "o", tags: [...(JSON.parse(payloads[i]!) as { tags: string[] }).tags, next] });
        expect(bytes(grown)).toBeGreaterThan(max);
      }
    }
  });

  it("leaves out tags Next.js would ignore instead of failing the NOTIFY", () => {
    const payloads = encodeNotices("o", ["regions", "x".repeat(257), "", "region:kazan"]);
    expect(decoded(payloads)).toEqual(["regions", "region:kazan"]);
  });
});

describe("origin filter", () => {
  const notice = (origin: string, tags: unknown = ["articles"]) => JSON.stringify({ origin, tags });

  it("returns the tags of another process's notice", () => {
    expect(foreignTags(notice("other", ["articles", "region:x"]), "me")).toEqual(["articles", "region:x"]);
  });

  it("ignores this process's own notices", () => {
    expect(foreignTags(notice("me"), "me")).toBeNull();
  });

  it("ignores malformed payloads", () => {
    for (const payload of [
      "",
      "not json",
      "null",
      "[]",
      JSON.stringify({ tags: ["a"] }),
      notice("other", []),
      notice("other", [1]),
      notice("other", ["y".repeat(300)]),
    ]) {
      expect(foreignTags(payload, "me")).toBeNull();
    }
  });

  it("reads back every chunk of a split list", () => {
    const tags = Array.from({ length: 600 }, (_, i) => `article:${i}-${"z".repeat(20)}`);
    expect(encodeNotices("other", tags).flatMap((p) => foreignTags(p, "me") ?? [])).toEqual(tags);
    expect(encodeNotices("me", tags).map((p) => foreignTags(p, "me"))).toEqual(encodeNotices("me", tags).map(() => null));
  });
});

describe("reconnect backoff", () => {
  it("doubles from 250 ms and stops growing at 10 s", () => {
    expect([0, 1, 2, 3, 5, 6, 20].map(reconnectDelay)).toEqual([250, 500, 1000, 2000, 8000, 10_000, 10_000]);
  });
});
