import { describe, expect, it } from "vitest";
import { CAPTIONS_MAX_BYTES, isWebVtt, parseCaptions } from "../../lib/media/captions";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("WebVTT captions", () => {
  it("takes a WebVTT file, with or without a byte order mark or a header text", () => {
    for (const text of ["WEBVTT\n\n00:00.000 --> 00:01.000\nПривет", "\uFEFFWEBVTT", "WEBVTT - Субтитры\r\n"]) expect(isWebVtt(bytes(text))).toBe(true);
  });

  it("refuses anything else: other text, HTML, binary, empty or too large", () => {
    const large = new Uint8Array(CAPTIONS_MAX_BYTES + 1).fill(32);
    large.set(bytes("WEBVTT\n"));
    for (const b of [
      bytes(""),
      bytes("WEBVTTX"),
      bytes("<script>alert(1)</script>"),
      bytes("1\n00:00:00,000 --> 00:00:01,000\nSRT"),
      new Uint8Array([0x57, 0xff, 0xfe]),
      large,
    ])
      expect(isWebVtt(b)).toBe(false);
  });

  it("reads the stored keys of the site's languages only", () => {
    expect(parseCaptions({ ru: "a.vtt", en: 5, de: "b.vtt" })).toEqual({ ru: "a.vtt" });
    expect(parseCaptions(null)).toEqual({});
  });
});
