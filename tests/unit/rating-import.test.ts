import { describe, expect, it } from "vitest";
import { ratingCsvTemplate } from "../../lib/ratings/csv-template";
import { parseRatingCsv, type CsvImportResult, type RegionRef } from "../../lib/ratings/import";
import { parseScore, RATING_CSV_MAX_BYTES, saveRatingEntriesSchema } from "../../lib/zod/ratings";

const regions: RegionRef[] = [
  { id: "ta", code: "RU-TA", slug: "tatarstan", names: ["Республика Татарстан", "Republic of Tatarstan"] },
  { id: "tom", code: "RU-TOM", slug: "tomsk-region", names: ["Томская область", "Tomsk Region"] },
  { id: "khm", code: "RU-KHM", slug: "khanty-mansi-okrug-yugra", names: ["Ханты-Мансийский автономный округ — Югра", "Khanty-Mansi Autonomous Okrug–Yugra"] },
  { id: "sa", code: "RU-SA", slug: "yakutia", names: ["Республика Саха (Якутия)", "Sakha Republic (Yakutia)"] },
];

const rowsOf = (r: CsvImportResult) => {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.rows;
};
const issuesOf = (r: CsvImportResult) => {
  if (r.ok) throw new Error("expected issues");
  return r.issues.map(({ line, field, key }) => ({ line, field, key }));
};

describe("reading a rating CSV", () => {
  it("reads a comma-separated file with decimal points", () => {
    expect(rowsOf(parseRatingCsv("region,rank,score\nRU-TA,1,84.5\nRU-TOM,2,80\n", regions))).toEqual([
      { regionId: "ta", rank: 1, score: "84.50" },
      { regionId: "tom", rank: 2, score: "80.00" },
    ]);
  });

  it("reads a semicolon file with a BOM, Windows line ends and decimal commas", () => {
    const bytes = new TextEncoder().encode("\uFEFFregion;rank;score\r\nRU-TA;1;84,5\r\nRU-TOM;2;1 234,05\r\n");
    expect(bytes[0]).toBe(0xef);
    expect(rowsOf(parseRatingCsv(bytes, regions))).toEqual([
      { regionId: "ta", rank: 1, score: "84.50" },
      { regionId: "tom", rank: 2, score: "1234.05" },
    ]);
  });

  it("accepts a quoted decimal comma in a comma-separated file", () => {
    expect(rowsOf(parseRatingCsv('region,rank,score\nRU-TA,1,"84,5"\n', regions))[0]!.score).toBe("84.50");
  });

  it("finds regions by code, slug or name in either language, whatever the case and dash", () => {
    const csv = ["region;rank;score", "ru-ta;1;4", "Tomsk-Region;2;3", "Ханты-Мансийский автономный округ - Югра;3;2", "  sakha republic (yakutia) ;4;1"].join(
      "\n",
    );
    expect(rowsOf(parseRatingCsv(csv, regions)).map((r) => r.regionId)).toEqual(["ta", "tom", "khm", "sa"]);
  });

  it("takes the columns in any order, by English or Russian names, and ignores others", () => {
    expect(rowsOf(parseRatingCsv("score;region_name;Регион;Место\n5,5;whatever;tatarstan;1\n", regions))).toEqual([{ regionId: "ta", rank: 1, score: "5.50" }]);
  });

  it("reads back its own template in both languages' spreadsheet dialects", () => {
    const rows = [
      { code: "RU-TOM", name: "Томская область", rank: 1, score: "84.10" },
      { code: "RU-KHM", name: "Ханты-Мансийский автономный округ — Югра", rank: 2, score: "1234.50" },
    ];
    for (const locale of ["ru", "en"] as const) {
      const csv = ratingCsvTemplate(rows, locale);
      expect(csv.startsWith("\uFEFFregion" + (locale === "ru" ? ";" : ",") + "rank")).toBe(true);
      expect(rowsOf(parseRatingCsv(csv, regions))).toEqual([
        { regionId: "tom", rank: 1, score: "84.10" },
        { regionId: "khm", rank: 2, score: "1234.50" },
      ]);
    }
  });

  it("re-reads the public CSV export of an edition", () => {
    const exported = "\uFEFFrank,region_code,region_name,score,demo\r\n1,RU-TOM,Tomsk Region,84.1,true\r\n2,RU-TA,Republic of Tatarstan,82.5,true\r\n";
    expect(rowsOf(parseRatingCsv(exported, regions)).map((r) => [r.regionId, r.rank])).toEqual([
      ["tom", 1],
      ["ta", 2],
    ]);
  });
});

describe("row errors, by line of the file (the header is line 1)", () => {
  it("reports each kind of problem on its own line, blank lines counted", () => {
    const csv = [
      "region,rank,score", // 1
      "RU-TA,1,84.5", // 2
      "", // 3
      "Atlantis,2,80", // 4
      "RU-TOM,x,70", // 5
      "RU-KHM,3,abc", // 6
      "RU-SA,4,1.234", // 7
      "tatarstan,5,-1", // 8
      "tomsk-region,,1000000", // 9
      "RU-KHM,0,", // 10
      "RU-SA,1,84,5", // 11
    ].join("\n");
    expect(issuesOf(parseRatingCsv(csv, regions))).toEqual([
      { line: 4, field: "region", key: "csv.region" },
      { line: 5, field: "rank", key: "rating.rankInteger" },
      { line: 6, field: "score", key: "rating.scoreFormat" },
      { line: 7, field: "score", key: "rating.scoreDecimals" },
      { line: 8, field: "region", key: "rating.regionDuplicate" },
      { line: 8, field: "score", key: "rating.scoreRange" },
      { line: 9, field: "region", key: "rating.regionDuplicate" },
      { line: 9, field: "rank", key: "required" },
      { line: 9, field: "score", key: "rating.scoreRange" },
      { line: 10, field: "region", key: "rating.regionDuplicate" },
      { line: 10, field: "rank", key: "rating.rankRange" },
      { line: 10, field: "score", key: "required" },
      { line: 11, field: undefined, key: "csv.columns" },
    ]);
  });

  it("names the second row that repeats a region or a rank", () => {
    const csv = "region;rank;score\nRU-TA;1;5\nRU-TOM;1;4\nРеспублика Татарстан;3;3\n";
    expect(issuesOf(parseRatingCsv(csv, regions))).toEqual([
      { line: 3, field: "rank", key: "rating.rankDuplicate" },
      { line: 4, field: "region", key: "rating.regionDuplicate" },
    ]);
  });

  it("wants ranks from 1 to the number of rows", () => {
    expect(issuesOf(parseRatingCsv("region,rank,score\nRU-TA,1,5\nRU-TOM,3,4\n", regions))).toEqual([{ line: 3, field: "rank", key: "rating.rankRange" }]);
  });

  it("counts lines inside a quoted cell that spans lines", () => {
    const csv = 'region,rank,score\n"Atlantis\nIsland",1,5\nRU-TOM,2,x\n';
    expect(issuesOf(parseRatingCsv(csv, regions))).toEqual([
      { line: 2, field: "region", key: "csv.region" },
      { line: 4, field: "score", key: "rating.scoreFormat" },
    ]);
  });

  it("treats formulas and markup in cells as unknown region names, quoted back verbatim", () => {
    const csv = "region;rank;score\n=cmd|' /C calc'!A0;1;5\n<script>alert(1)</script>;2;4\n";
    const result = parseRatingCsv(csv, regions);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { line: 2, field: "region", key: "csv.region", values: { value: "=cmd|' /C calc'!A0" } },
      { line: 3, field: "region", key: "csv.region", values: { value: "<script>alert(1)</script>" } },
    ]);
  });

  it("tolerates a stray quote inside a cell but reports an unclosed one with its line", () => {
    expect(issuesOf(parseRatingCsv('region,rank,score\nRU-TA,1,5\nTomsk "Region",2,4\n', regions))).toEqual([{ line: 3, field: "region", key: "csv.region" }]);
    expect(issuesOf(parseRatingCsv('region,rank,score\nRU-TA,1,5\n"RU-TOM,2,4\n', regions))).toEqual([{ line: 3, field: undefined, key: "csv.malformed" }]);
  });
});

describe("files that are not a usable CSV", () => {
  const keyOf = (input: Uint8Array | string) => issuesOf(parseRatingCsv(input, regions)).map((i) => `${i.line}:${i.key}`);

  it("refuses empty files, a lone header and a header without the columns", () => {
    expect(keyOf("")).toEqual(["0:csv.empty"]);
    expect(keyOf("\uFEFF\n\n")).toEqual(["0:csv.empty"]);
    expect(keyOf("region;rank;score\n")).toEqual(["0:csv.noRows"]);
    expect(keyOf("name;place\nRU-TA;1\n")).toEqual(["1:csv.header"]);
    expect(keyOf("region,region,rank,score\nRU-TA,RU-TA,1,5\n")).toEqual(["1:csv.header"]);
  });

  it("refuses binary files, spreadsheets and other encodings before reading any row", () => {
    expect(keyOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual(["0:csv.binary"]);
    expect(keyOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toEqual(["0:csv.spreadsheet"]);
    expect(keyOf(new Uint8Array([0xff, 0xfe, 0x72, 0x00]))).toEqual(["0:csv.encoding"]);
    // "регион" in Windows-1251.
    expect(keyOf(new Uint8Array([0xf0, 0xe5, 0xe3, 0xe8, 0xee, 0xed, 0x3b, 0x31]))).toEqual(["0:csv.encoding"]);
    expect(keyOf("region,rank,score\nRU-TA,1,5\u0007\n")).toEqual(["0:csv.binary"]);
  });

  it("refuses a file over 1 MB", () => {
    expect(keyOf(new Uint8Array(RATING_CSV_MAX_BYTES + 1).fill(0x41))).toEqual(["0:csv.tooLarge"]);
  });
});

describe("the row schema shared with the entries table", () => {
  it("normalizes scores to two decimals and refuses what does not fit Decimal(8, 2)", () => {
    expect(parseScore("84,5")).toEqual({ value: "84.50" });
    expect(parseScore("007")).toEqual({ value: "7.00" });
    expect(parseScore("999 999,99")).toEqual({ value: "999999.99" });
    expect(parseScore("1000000")).toEqual({ error: "rating.scoreRange" });
    expect(parseScore("1e3")).toEqual({ error: "rating.scoreFormat" });
    expect(parseScore("1,2.3")).toEqual({ error: "rating.scoreFormat" });
  });

  it("gives the table the same errors, keyed by row index", () => {
    const rows = [
      { regionId: "ta", rank: "1", score: "5" },
      { regionId: "ta", rank: "1", score: "5,555" },
    ];
    const parsed = saveRatingEntriesSchema.safeParse({ editionId: "e", version: "3", rows });
    expect(parsed.success).toBe(false);
    const byPath = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath).toEqual({ "rows.1.score": "rating.scoreDecimals", "rows.1.regionId": "rating.regionDuplicate", "rows.1.rank": "rating.rankDuplicate" });
  });
});
