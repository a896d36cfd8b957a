// Longitude and latitude of each member region's administrative centre, for the
// overview map. Geography, not content: it does not change with editing.
export const capitals: Record<string, [number, number]> = {
  "RU-ALT": [83.78, 53.35],
  "RU-IRK": [104.28, 52.29],
  "RU-KLU": [36.26, 54.51],
  "RU-KHM": [69.02, 61.0],
  "RU-KYA": [92.87, 56.01],
  "RU-LIP": [39.6, 52.61],
  "RU-NIZ": [44.0, 56.33],
  "RU-NGR": [31.27, 58.52],
  "RU-NVS": [82.92, 55.03],
  "RU-PER": [56.25, 58.01],
  "RU-BA": [55.97, 54.74],
  "RU-MO": [45.18, 54.19],
  "RU-TA": [49.11, 55.79],
  "RU-SA": [129.73, 62.03],
  "RU-SAM": [50.1, 53.2],
  "RU-TOM": [84.95, 56.48],
  "RU-TYU": [65.53, 57.15],
  "RU-ULY": [48.4, 54.32],
  "RU-VLA": [40.41, 56.13],
};

// European Russia holds most members within 25 degrees of longitude; stretching it and
// compressing Siberia keeps every point readable on one small map.
export function project([lon, lat]: [number, number], width: number, height: number): [number, number] {
  const x = lon <= 60 ? ((lon - 29) / 31) * 0.6 : 0.6 + ((lon - 60) / 72) * 0.4;
  const y = (64 - lat) / 13;
  return [Math.round(20 + x * (width - 40)), Math.round(20 + y * (height - 40))];
}
