// SVG path data for the map, written shorter than d3-geo writes it: points rounded to a tenth
// of a map unit, as before, but each given as the step from the one before (relative
// commands, with the line command implied after a move) and repeated points left out. A page
// with the map carries these paths twice (its HTML and its inline payload); they come out
// about a third shorter. Steps are taken between rounded points, so no error adds up.

// Tenths of a map unit as the shortest decimal: 63 -> "6.3", -4 -> "-.4", 20 -> "2".
function tenths(t: number): string {
  const s = String(Math.abs(t) / 10);
  const body = s.startsWith("0.") ? s.slice(1) : s;
  return t < 0 ? `-${body}` : body;
}

// A minus sign separates two numbers by itself.
const pair = (dx: number, dy: number) => {
  const x = tenths(dx);
  const y = tenths(dy);
  return `${x}${y.startsWith("-") ? "" : ","}${y}`;
};

/** A d3-geo path context (geoPath(projection, context)) that writes compact path data. */
export class CompactPathContext {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;

  moveTo(x: number, y: number) {
    const tx = Math.round(x * 10);
    const ty = Math.round(y * 10);
    this.parts.push(`m${pair(tx - this.x, ty - this.y)}`);
    this.x = this.startX = tx;
    this.y = this.startY = ty;
  }

  lineTo(x: number, y: number) {
    const tx = Math.round(x * 10);
    const ty = Math.round(y * 10);
    if (tx === this.x && ty === this.y) return;
    const step = pair(tx - this.x, ty - this.y);
    this.parts.push(step.startsWith("-") ? step : ` ${step}`);
    this.x = tx;
    this.y = ty;
  }

  closePath() {
    this.parts.push("z");
    // After "z" the pen is back at the start of the ring, where the next move is measured from.
    this.x = this.startX;
    this.y = this.startY;
  }

  beginPath() {}

  arc() {
    throw new Error("The map draws outlines only; points are not expected.");
  }

  /** The data written since the last call, which starts the next path afresh. */
  take(): string {
    const d = this.parts.join("");
    this.parts = [];
    this.x = this.y = this.startX = this.startY = 0;
    return d;
  }
}

/** The rings of a path written by CompactPathContext, as absolute points. */
export function pathRings(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, command, body = ""] of d.matchAll(/([mz])([^mz]*)/g)) {
    if (command === "z") {
      [x, y] = start;
      continue;
    }
    const numbers = (body.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const ring: [number, number][] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      x = Math.round((x + numbers[i]!) * 10) / 10;
      y = Math.round((y + numbers[i + 1]!) * 10) / 10;
      ring.push([x, y]);
    }
    start = ring[0] ?? [x, y];
    rings.push(ring);
  }
  return rings;
}
