import { describe, expect, it } from "vitest";
import { isSafeHref, isSitePath } from "../../lib/rich-text/href";

describe("link targets", () => {
  it.each(["https://airr.ru/news", "http://example.org/a?b=c#d", "mailto:press@airr.ru", "/ru/press/news", "#section", "/ru/regions/tatarstan?tab=1"])(
    "accepts %s",
    (href) => {
      expect(isSafeHref(href)).toBe(true);
    },
  );

  it.each([
    ["a scheme-relative host", "//evil.example/"],
    ["a backslash host", "/\\evil.example/"],
    ["a tab the browser drops", "/\t/evil.example/"],
    ["a line break the browser drops", "/\n/evil.example/"],
    ["a script URL", "javascript:alert(1)"],
    ["a script URL with spaces", " javascript:alert(1)"],
    ["a data URL", "data:text/html,<script>alert(1)</script>"],
    ["a control character inside a URL", "https://airr.ru/\u0000x"],
  ])("refuses %s", (_label, href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  it("allows only site paths as redirect targets", () => {
    for (const good of ["/ru/press/news/new-slug", "/en/search?q=a//b&next=../x", "/ru/regions/tomsk-region#news"]) expect(isSitePath(good)).toBe(true);
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "/a b",
      '/a"onmouseover=x',
      "/\t/evil",
      "/.//evil.com",
      "/..//evil.com",
      "/ru/../..//evil.com",
      "/ru/./x",
      "/ru/..",
      "/ru//x",
      "/%2e%2e//evil.com",
      "/ru%2F%2Fevil.com",
      "/ru/a\\b",
    ])
      expect(isSitePath(bad), bad).toBe(false);
  });
});
