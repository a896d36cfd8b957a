import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { geoConicEqualArea, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { pathRings } from "@/lib/regions/compact-path";
import { getRussiaMap, russiaBaseLayerSvg } from "@/lib/regions/russia-map";
import data from "@/lib/regions/russia.topo.json";
import { RUSSIAN_SUBJECTS } from "@/scripts/map/subjects";

const map = getRussiaMap();

// The horizontal extent of a path's points, in map units.
function extent(d: string): { min: number; max: number; mid: number } {
  const xs = pathRings(d).flatMap((ring) => ring.map(([x]) => x));
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  return { min, max, mid: (min + max) / 2 };
}

// The rings of d3-geo's own absolute path, with a point repeated in a row written once.
function absoluteRings(d: string): [number, number][][] {
  return [...d.matchAll(/M([^MZ]+)Z?/g)].map(([, body]) =>
    body!
      .split("L")
      .map((p) => p.split(",").map(Number) as [number, number])
      .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]),
  );
}

describe("the map of Russia", () => {
  it("draws every federal subject in the table, and only those", () => {
    expect([...map.shapes.keys()].sort()).toEqual(Object.values(RUSSIAN_SUBJECTS).sort());
    for (const [code, d] of map.shapes) expect(d, code).toMatch(/^m[\d.]+,[\d.]+/);
  });

  it("writes the points d3-geo projects, shorter", () => {
    const topo = data as unknown as Topology<{ subjects: GeometryCollection }>;
    const subjects = feature(topo, topo.objects.subjects) as FeatureCollection;
    const projection = geoConicEqualArea().rotate([-100, 0]).parallels([52, 64]).fitWidth(map.width, subjects);
    const absolute = geoPath(projection).digits(1);
    let before = 0;
    let after = 0;
    for (const f of subjects.features) {
      const d = absolute(f)!;
      const compact = map.shapes.get(String(f.id))!;
      expect(pathRings(compact), String(f.id)).toEqual(absoluteRings(d));
      before += d.length;
      after += compact.length;
    }
    expect(after).toBeLessThan(before * 0.75);
  });

  it("has an outline for each seeded member region", () => {
    const dir = path.resolve("content/regions");
    const codes = readdirSync(dir).map((f) => (JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { code: string }).code);
    expect(codes.length).toBeGreaterThanOrEqual(19);
    for (const code of codes) expect(map.shapes.has(code), code).toBe(true);
  });

  it("keeps every point inside the frame and the country in its west-to-east order", () => {
    for (const [code, d] of map.shapes) {
      const { min, max } = extent(d);
      expect(min, code).toBeGreaterThanOrEqual(0);
      expect(max, code).toBeLessThanOrEqual(map.width);
    }
    const x = (code: string) => extent(map.shapes.get(code)!).mid;
    const order = ["RU-KGD", "RU-MOW", "RU-TA", "RU-NVS", "RU-IRK", "RU-SA", "RU-KAM"];
    expect(order.map(x)).toEqual(order.map(x).toSorted((a, b) => a - b));
    expect(x("RU-SEV")).toBeLessThan(x("RU-KDA"));
  });

  it("draws Chukotka without a seam at the 180th meridian", () => {
    const { min, max } = extent(map.shapes.get("RU-CHU")!);
    expect(max - min).toBeLessThan(map.width * 0.2);
  });

  it("draws the same outlines in the base layer the pages link to", () => {
    const svg = russiaBaseLayerSvg();
    expect(svg).toContain(`viewBox="0 0 ${map.width} ${map.height}"`);
    const paths = [...svg.matchAll(/<path d="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(paths).toEqual([...map.shapes.values()]);
  });
});
