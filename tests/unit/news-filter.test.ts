import { describe, expect, it } from "vitest";
import { newsQuery, parseNewsFilter } from "../../lib/articles/filter";

describe("news list query string", () => {
  it("reads the first of repeated parameters and treats empty ones as absent", () => {
    const r = parseNewsFilter({ region: ["perm-territory", "tatarstan"], kind: "", year: "2024", page: "" });
    expect(r.success && r.data).toEqual({ page: 1, region: "perm-territory", kind: undefined, year: 2024, month: undefined });
  });

  it.each([{ page: "0" }, { page: "abc" }, { year: "<script>" }, { month: "13" }, { kind: "rumour" }, { region: "../etc" }, { region: "Пермь" }])("refuses %o", (params) => {
    expect(parseNewsFilter(params).success).toBe(false);
  });

  it("writes links without defaults, keeping the other filters", () => {
    expect(newsQuery({ page: 1, region: "tatarstan", year: 2024 })).toEqual({ region: "tatarstan", year: "2024" });
    expect(newsQuery({ page: 3, kind: "interview" })).toEqual({ page: "3", kind: "interview" });
  });
});
