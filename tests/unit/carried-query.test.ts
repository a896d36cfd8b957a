import { describe, expect, it } from "vitest";
import { carriedQuery } from "@/i18n/carried-query";

describe("the query the language switcher carries", () => {
  it.each([
    ["", ""],
    ["?page=3", ""],
    ["?q=%D1%80%D0%B5%D0%B3%D0%B8%D0%BE%D0%BD&page=2", "?q=%D1%80%D0%B5%D0%B3%D0%B8%D0%BE%D0%BD"],
    ["?region=tatarstan&kind=press_release&page=4", "?region=tatarstan&kind=press_release"],
    ["?q=a+b%26c", "?q=a+b%26c"],
  ])("%s -> %s", (search, carried) => {
    expect(carriedQuery(search)).toBe(carried);
  });
});
