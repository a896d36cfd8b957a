import { describe, expect, it } from "vitest";
import { isMalformedUrl } from "../../server/http/plain-pages";

describe("malformed addresses", () => {
  it.each(["/ru/%E0%A4%A", "/en/%", "/ru/%ED%A0%80", "/ru/news/%zz", "ru/no-slash", "", undefined])("refuses %s before Next.js sees it", (url) => {
    expect(isMalformedUrl(url)).toBe(true);
  });

  it.each(["/ru", "/ru/search?q=%E0%A4%A", "/ru/press/news/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C", "/en/regions/tatarstan", "/ru/a%20b"])(
    "passes %s through",
    (url) => {
      expect(isMalformedUrl(url)).toBe(false);
    },
  );
});
