import { describe, expect, it } from "vitest";
import { rankChart, scoreChart } from "../../lib/ratings/chart";
import { ratingCsvFileName, ratingEditionCsv } from "../../lib/ratings/csv";

const region = (code: string, name: string) => ({ code, slug: code.toLowerCase(), name });

describe("rating CSV", () => {
  const edition = {
    isDemo: true,
    entries: [
      { rank: 1, score: 84.1, region: region("RU-TOM", "Томская область") },
      { rank: 2, score: 82.5, region: region("RU-TA", 'Republic "Tatarstan", test') },
      { rank: 3, score: 70, region: region("RU-XX", "=HYPERLINK(1)") },
    ],
  };

  it("starts with a BOM and a stable header row, one CRLF line per region", () => {
    const csv = ratingEditionCsv(edition);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("rank,region_code,region_name,score,demo");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe("1,RU-TOM,Томская область,84.1,true");
  });

  it("quotes commas and quotes, and defuses formula-like cells", () => {
    const lines = ratingEditionCsv({ ...edition, isDemo: false }).split("\r\n");
    expect(lines[2]).toBe('2,RU-TA,"Republic ""Tatarstan"", test",82.5,false');
    expect(lines[3]).toBe("3,RU-XX,'=HYPERLINK(1),70,false");
  });

  it("writes the Russian file for Russian-locale spreadsheets: semicolons, decimal commas, Russian headers", () => {
    const ru = { delimiter: ";", decimal: ",", header: ["Место", "Код региона", "Регион", "Балл", "Демоданные"], yes: "да", no: "нет" } as const;
    const lines = ratingEditionCsv(edition, ru).slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Место;Код региона;Регион;Балл;Демоданные");
    expect(lines[1]).toBe("1;RU-TOM;Томская область;84,1;да");
    // Quotes inside a name are doubled, and the cell quoted, as before.
    expect(lines[2]).toBe('2;RU-TA;"Republic ""Tatarstan"", test";82,5;да');
  });

  it("names the file after programme, year and locale", () => {
    expect(ratingCsvFileName("techsuccess", 2019, "ru")).toBe("techsuccess-2019-ru.csv");
  });
});

describe("rank chart geometry", () => {
  const series = [
    {
      code: "RU-A",
      ranks: [
        { year: 2017, rank: 1 },
        { year: 2018, rank: 2 },
        { year: 2019, rank: 3 },
      ],
    },
    {
      code: "RU-B",
      ranks: [
        { year: 2017, rank: 3 },
        { year: 2019, rank: 1 },
      ],
    },
  ];

  it("puts rank 1 at the top and spreads the years across the width", () => {
    const chart = rankChart(series, [2017, 2018, 2019], 640);
    const [a, b] = chart.lines;
    expect(a!.dots.map((d) => d.x)).toEqual([40, 312, 584]);
    expect(a!.dots[0]!.y).toBeLessThan(a!.dots[2]!.y);
    expect(b!.dots).toHaveLength(2); // a missing year is skipped, not drawn at rank 0
    expect(b!.points).toBe(`40,${a!.dots[2]!.y} 584,${a!.dots[0]!.y}`);
    expect(chart.yTicks.map((t) => t.rank)).toEqual([1, 2, 3]);
    expect(chart.lines.every((l) => l.dots.every((d) => d.y <= chart.height && d.x <= chart.width))).toBe(true);
  });

  it("centres a single edition", () => {
    expect(rankChart(series, [2019], 640).xTicks[0]!.x).toBe(312);
  });
});

describe("score chart geometry", () => {
  it("scales bars from zero to the highest score and stacks one row per item", () => {
    const chart = scoreChart(
      [
        { label: "A", value: 80 },
        { label: "B", value: 40 },
        { label: "C", value: 0 },
      ],
      640,
    );
    const [a, b, c] = chart.bars;
    expect(a!.width).toBe(580);
    expect(b!.width).toBe(290);
    expect(c!.width).toBe(0);
    expect(b!.y - a!.y).toBe(38);
    expect(chart.height).toBeGreaterThan(c!.y + chart.barHeight);
  });
});
