import { describe, expect, it } from "vitest";
import { INVALID_FILTER_SEGMENT, newsFilterFromSegment, newsQuery, newsSegmentOf, parseNewsFilter } from "../../lib/articles/filter";

describe("news list query string", () => {
  it("reads the first of repeated parameters and treats empty ones as absent", () => {
    const r = parseNewsFilter({ region: ["perm-territory", "tatarstan"], kind: "", year: "2024", page: "" });
    expect(r.success && r.data).toEqual({ page: 1, region: "perm-territory", kind: undefined, year: 2024, month: undefined });
  });

  it.each([{ page: "0" }, { page: "abc" }, { year: "<script>" }, { month: "13" }, { kind: "rumour" }, { region: "../etc" }, { region: "Пермь" }])(
    "refuses %o",
    (params) => {
      expect(parseNewsFilter(params).success).toBe(false);
    },
  );

  it("writes links without defaults, keeping the other filters", () => {
    expect(newsQuery({ page: 1, region: "tatarstan", year: 2024 })).toEqual({ region: "tatarstan", year: "2024" });
    expect(newsQuery({ page: 3, kind: "interview" })).toEqual({ page: "3", kind: "interview" });
  });
});

describe("the filtered news list's own address", () => {
  const segmentOf = (query: string) => newsSegmentOf(new URLSearchParams(query));

  it("spells each filter one way, whatever the order, repeats or extra parameters", () => {
    expect(segmentOf("region=tomsk-region&page=2")).toBe("page~2.region~tomsk-region");
    expect(segmentOf("page=2&region=tomsk-region&utm_source=x&region=other")).toBe("page~2.region~tomsk-region");
    expect(segmentOf("kind=press_release&year=2024&month=5")).toBe("kind~press_release.year~2024.month~5");
  });

  it("sends the plain first page to the list itself, and any invalid query to one page", () => {
    expect(segmentOf("")).toBeNull();
    expect(segmentOf("page=1&utm_source=x")).toBeNull();
    expect(segmentOf("page=0")).toBe(INVALID_FILTER_SEGMENT);
    expect(segmentOf("region=<script>")).toBe(INVALID_FILTER_SEGMENT);
  });

  it("reads back only the segment it wrote", () => {
    expect(newsFilterFromSegment("page~2.region~tomsk-region")).toEqual({ page: 2, region: "tomsk-region" });
    for (const other of ["region~tomsk-region.page~2", "page~1", "page~02", "page~2.page~3", "page~2~3", "x~1", "", "page"])
      expect(newsFilterFromSegment(other)).toBeNull();
  });
});
