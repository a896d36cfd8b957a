import { describe, expect, it } from "vitest";
import { canonicalPath, canonicalRedirect, hasPrivateCookie } from "../../server/http/request-path";

describe("canonical paths", () => {
  it.each([
    ["/ru/%73earch", "/ru/search"],
    ["/ru/sear%63h", "/ru/search"],
    ["/%72u/search", "/ru/search"],
    ["/%2e/ru/search", "/ru/search"],
    ["/ru/./preview/articles/1", "/ru/preview/articles/1"],
    ["/ru/x/../preview", "/ru/preview"],
    ["/ru/%2E%2E/en", "/en"],
    ["//ru//search", "/ru/search"],
    ["/..", "/"],
    ["/ru/.", "/ru/"],
    ["/ru/x/\\evil.example", "/ru/x/%5Cevil.example"],
    ["/.//evil.example", "/evil.example"],
  ])("%s is another spelling of %s", (path, canonical) => {
    expect(canonicalPath(path)).toBe(canonical);
  });

  it.each(["/", "/ru", "/ru/search", "/ru/search/", "/ru/press/news/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D1%8C", "/ru/a%2Fb", "/ru/%25", "/ru/%20x"])(
    "%s is already plain",
    (path) => {
      expect(canonicalRedirect(path)).toBeNull();
    },
  );

  it("keeps the query when it redirects", () => {
    expect(canonicalRedirect("/ru/%73earch?q=%73&page=2")).toBe("/ru/search?q=%73&page=2");
  });
});

describe("private cookies", () => {
  it.each([
    ["airr_session=t", true],
    ["airr_session =t", true],
    [" airr_session\t= t", true],
    ["a=1; __Host-airr_session=t", true],
    ["AIRR_SESSION=t", true],
    ["better-auth.session_token=t", true],
    ["__Secure-better-auth.session_data=t", true],
    ["__prerender_bypass=1", true],
    ["NEXT_LOCALE=en", false],
    ["my_airr_session_note=1", false],
    ["", false],
  ])("%j signs in: %s", (header, expected) => {
    expect(hasPrivateCookie(header)).toBe(expected);
  });
});
