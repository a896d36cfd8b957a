import { describe, expect, it } from "vitest";
import { A11Y_DEFAULT, a11yAttributes, changeA11y, parseA11yCookie, serializeA11y } from "@/lib/a11y-mode";
import { HtmlAttributeWriter } from "@/server/http/a11y-mode";

describe("accessible version settings", () => {
  it("round-trip through the cookie, and anything else is no mode", () => {
    const mode = { size: "200", scheme: "wb", images: "off", spacing: "wide" } as const;
    expect(parseA11yCookie(serializeA11y(mode))).toEqual(mode);
    for (const bad of ["", "150", "150.bw.on", "300.bw.on.normal", "150.bw.on.normal.x", '150.bw"><script>.on.normal', undefined, null]) {
      expect(parseA11yCookie(bad), String(bad)).toBeNull();
    }
  });

  it("change one setting at a time, from the default when the mode was off", () => {
    expect(changeA11y(null, new URLSearchParams("size=150"))).toEqual(A11Y_DEFAULT);
    const wb = changeA11y(A11Y_DEFAULT, new URLSearchParams("scheme=wb"));
    expect(wb).toEqual({ ...A11Y_DEFAULT, scheme: "wb" });
    expect(changeA11y(wb, new URLSearchParams("size=999&scheme=red"))).toEqual(wb);
  });
});

describe("the <html> attributes written on the way out", () => {
  const attrs = a11yAttributes({ size: "200", scheme: "bw", images: "on", spacing: "normal" });

  it("go on the first <html> tag only, in a string or in bytes over several chunks", () => {
    const page = '<!DOCTYPE html><html lang="ru"><head></head><body><p>«Пермь» <html> in text</p></body></html>';
    expect(new HtmlAttributeWriter(attrs).apply(page)).toBe(page.replace("<html lang", `<html${attrs} lang`));
    const writer = new HtmlAttributeWriter(attrs);
    const bytes = Buffer.from(page);
    const out = Buffer.concat([writer.apply(bytes.subarray(0, 10)), writer.apply(bytes.subarray(10, 40)), writer.apply(bytes.subarray(40))] as Buffer[]);
    expect(out.toString("utf8")).toBe(page.replace("<html lang", `<html${attrs} lang`));
  });

  it("leave a page alone when the visitor has no mode", () => {
    const page = '<html lang="en"><body></body></html>';
    expect(new HtmlAttributeWriter(null).apply(page)).toBe(page);
  });
});
