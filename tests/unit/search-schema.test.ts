import { describe, expect, it } from "vitest";
import { normalizeQuery, searchParamsSchema, searchQuery } from "../../lib/search/schema";

const parse = (params: Record<string, string | string[] | undefined>) => searchParamsSchema.safeParse(params);
const failsOn = (params: Record<string, string>) => {
  const r = parse(params);
  return r.success ? [] : r.error.issues.map((i) => i.path[0]);
};

describe("search parameters", () => {
  it("trims the query, strips control characters and defaults to page 1", () => {
    expect(parse({ q: "  a\u0000b\u0001 \n c  " })).toMatchObject({ success: true, data: { q: "a b c", page: 1 } });
    expect(parse({})).toMatchObject({ success: true, data: { q: "", page: 1 } });
  });

  it("takes the first of repeated parameters and treats empty selects as no filter", () => {
    expect(parse({ q: ["one", "two"], kind: "", region: "", year: "" })).toMatchObject({
      success: true,
      data: { q: "one", kind: undefined, region: undefined, year: undefined },
    });
  });

  it("refuses a query longer than 200 characters", () => {
    expect(parse({ q: "я".repeat(200) }).success).toBe(true);
    expect(failsOn({ q: "я".repeat(201) })).toEqual(["q"]);
  });

  it("refuses impossible pages, kinds, years and region slugs", () => {
    for (const page of ["0", "-1", "1001", "1.5", "abc", "99999999999"]) expect(failsOn({ page }), page).toEqual(["page"]);
    expect(failsOn({ kind: "secret" })).toEqual(["kind"]);
    expect(failsOn({ year: "1999" })).toEqual(["year"]);
    expect(failsOn({ region: "../etc" })).toEqual(["region"]);
    expect(failsOn({ region: "Perm Territory" })).toEqual(["region"]);
    expect(parse({ page: "3", kind: "press_release", year: "2024", region: "perm-territory" })).toMatchObject({ success: true, data: { page: 3, year: 2024 } });
  });

  it("keeps the query and filters, without defaults, for pagination links", () => {
    expect(searchQuery({ q: "кластеры", page: 1, region: "tatarstan", kind: undefined })).toEqual({ q: "кластеры", region: "tatarstan" });
    expect(searchQuery({ q: "x", page: 2 })).toEqual({ q: "x", page: "2" });
  });

  it("normalises whitespace the way the form will show it", () => {
    expect(normalizeQuery("\u0000")).toBe("");
  });
});
