import "server-only";
import { createHash } from "node:crypto";
import { geoConicEqualArea, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { CompactPathContext } from "./compact-path";
import data from "./russia.topo.json";

export type RussiaMap = {
  width: number;
  height: number;
  /** SVG path of each federal subject, by the code regions are stored with (RU-TA). */
  shapes: ReadonlyMap<string, string>;
  /** Changes with the outlines, so the base layer can be cached for good under its address. */
  version: string;
};

const WIDTH = 1000;
let drawn: RussiaMap | undefined;

// Albers equal-area on Russia's usual central meridian and standard parallels: areas stay
// comparable from Kaliningrad to Chukotka, which wraps past 180° without a seam.
export function getRussiaMap(): RussiaMap {
  if (drawn) return drawn;
  const topo = data as unknown as Topology<{ subjects: GeometryCollection }>;
  const subjects = feature(topo, topo.objects.subjects) as FeatureCollection;
  const projection = geoConicEqualArea().rotate([-100, 0]).parallels([52, 64]).fitWidth(WIDTH, subjects);
  const context = new CompactPathContext();
  const path = geoPath(projection, context);
  const shapes = new Map(
    subjects.features.map((f) => {
      path(f);
      return [String(f.id), context.take()];
    }),
  );
  const height = Math.ceil(path.bounds(subjects)[1][1]);
  const version = createHash("sha256")
    .update(JSON.stringify([...shapes]))
    .digest("hex")
    .slice(0, 12);
  drawn = { width: WIDTH, height, shapes, version };
  return drawn;
}

export const russiaBaseLayerPath = "/maps/russia.svg";

/** Every subject drawn faintly: the layer under the members, one file the browser keeps. */
export function russiaBaseLayerSvg(): string {
  const { width, height, shapes } = getRussiaMap();
  const paths = [...shapes.values()].map((d) => `<path d="${d}"/>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><g fill="#e2e8f0" stroke="#fff" stroke-width="0.6" stroke-linejoin="round">${paths}</g></svg>\n`;
}
