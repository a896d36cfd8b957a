// Removes the hinting instructions from every glyph of a TrueType font. The demo PDFs embed a
// subset of Liberation Sans, whose glyph programs are about half of each glyph's bytes and
// would push a two-page PDF over 20 KB; printers and viewers render unhinted outlines well.

type Table = { tag: string; data: Buffer };

function readTables(font: Buffer): Table[] {
  const count = font.readUInt16BE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 12 + i * 16;
    const offset = font.readUInt32BE(at + 8);
    return { tag: font.toString("latin1", at, at + 4), data: font.subarray(offset, offset + font.readUInt32BE(at + 12)) };
  });
}

function stripGlyph(glyph: Buffer): Buffer {
  if (glyph.length === 0) return glyph;
  const contours = glyph.readInt16BE(0);
  if (contours >= 0) {
    const lengthAt = 10 + contours * 2;
    const instructions = glyph.readUInt16BE(lengthAt);
    const head = Buffer.from(glyph.subarray(0, lengthAt + 2));
    head.writeUInt16BE(0, lengthAt);
    return Buffer.concat([head, glyph.subarray(lengthAt + 2 + instructions)]);
  }
  // Composite glyph: clear WE_HAVE_INSTRUCTIONS and cut the program after the last component.
  const out = Buffer.from(glyph);
  let at = 10;
  for (;;) {
    const flags = out.readUInt16BE(at);
    out.writeUInt16BE(flags & ~0x0100, at);
    at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
    if (!(flags & 0x0020)) return out.subarray(0, at);
  }
}

const pad4 = (b: Buffer) => (b.length % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]) : b);

function checksum(b: Buffer): number {
  const padded = pad4(b);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

export function stripHints(font: Buffer): Buffer {
  const tables = readTables(font);
  const get = (tag: string) => tables.find((t) => t.tag === tag)!.data;
  const longLoca = get("head").readInt16BE(50) === 1;
  const loca = get("loca");
  const glyf = get("glyf");
  const glyphs = get("maxp").readUInt16BE(4);
  const offset = (i: number) => (longLoca ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2);
  const parts: Buffer[] = [];
  const newLoca = Buffer.alloc((glyphs + 1) * 4);
  let position = 0;
  for (let i = 0; i < glyphs; i++) {
    const glyph = pad4(stripGlyph(glyf.subarray(offset(i), offset(i + 1))));
    newLoca.writeUInt32BE(position, i * 4);
    parts.push(glyph);
    position += glyph.length;
  }
  newLoca.writeUInt32BE(position, glyphs * 4);
  const head = Buffer.from(get("head"));
  head.writeInt16BE(1, 50);
  head.writeUInt32BE(0, 8);
  const replaced: Record<string, Buffer> = { glyf: Buffer.concat(parts), loca: newLoca, head };
  const out = tables.map((t) => ({ tag: t.tag, data: replaced[t.tag] ?? t.data })).sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const header = Buffer.alloc(12 + out.length * 16);
  font.copy(header, 0, 0, 12);
  let at = header.length;
  out.forEach((t, i) => {
    header.write(t.tag, 12 + i * 16, "latin1");
    header.writeUInt32BE(checksum(t.data), 16 + i * 16);
    header.writeUInt32BE(at, 20 + i * 16);
    header.writeUInt32BE(t.data.length, 24 + i * 16);
    at += pad4(t.data).length;
  });
  return Buffer.concat([header, ...out.map((t) => pad4(t.data))]);
}
